package dev.custody.reports;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Exposure;
import dev.custody.economics.LossDistribution;
import dev.custody.economics.MonteCarlo;
import dev.custody.economics.Scenario;
import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.ModelInputs;
import dev.custody.economics.engagement.PlanningService;
import dev.custody.economics.engagement.PortfolioRequest;
import dev.custody.economics.engagement.PortfolioResult;
import dev.custody.gating.GatePolicyService;
import dev.custody.reports.ExecutiveReportData.CurvePoint;
import dev.custody.reports.ExecutiveReportData.Summary;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.scoring.ActiveModel;
import dev.custody.scoring.NetworkFacts;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.ScoringModelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads everything a report shows from the database into the snapshot records, using the calculators of scoring,
 * economics and gating; it computes nothing they already compute.
 */
@ApplicationScoped
public class ReportDataCollector {
    /** How many vendors the executive report details. */
    static final int TOP_VENDORS = 10;
    /** No budget limit for the investment plan: every step that pays is bought. */
    static final BigDecimal UNLIMITED = new BigDecimal("1000000000000");

    @Inject
    ScoringModelService models;
    @Inject
    GatePolicyService gatePolicies;
    @Inject
    ModelInputs inputs;
    @Inject
    PlanningService planning;
    @Inject
    ScoreService scores;
    @Inject
    ScoringEngine engine;
    @Inject
    ReportQueries queries;
    @Inject
    StandingSections standings;

    /** The executive report data now; previous is the last executive snapshot's data (null: none) for the change. */
    @Transactional
    public ExecutiveReportData executive(String user, Instant now, PreviousSnapshot previous) {
        ActiveModel model = models.active();
        EconomicsModel economics = inputs.model();
        Methodology methodology = methodology(model);
        List<VendorLine> vendors = queries.vendors();
        List<Engagement> engagements = Engagement.list("order by organization.name");
        String currency = mainCurrency(engagements);
        List<Engagement> counted = engagements.stream().filter(e -> e.currency.equals(currency)).toList();
        Map<Long, Exposure> exposures = exposures(counted, vendors, economics);
        PortfolioResult plan = counted.isEmpty() ? null : planning.portfolio(new PortfolioRequest(UNLIMITED,
                counted.stream().map(e -> e.organization.id).toList()));
        vendors = PortfolioSections.withMoney(vendors, engagements, exposures, plan);
        LossDistribution losses = MonteCarlo.simulate(exposures.values().stream()
                .flatMap(x -> x.scenarios().stream()).toList(), economics.monteCarloYears(), economics.seed());
        NetworkFacts network = engine.facts();
        List<ExecutiveReportData.LegLine> legs = queries.legs(null);
        ExecutiveReportData.InvestmentPlan investment = PortfolioSections.plan(plan, exposures, economics);
        ExecutiveReportData.Gating gating = queries.gating();
        Summary summary = PortfolioSections.summary(vendors, losses, engagements.size() - counted.size(), previous,
                investment, gating);
        return new ExecutiveReportData(now, user, currency, methodology, summary, vendors,
                topVendors(vendors),
                PortfolioSections.geography(counted, network, queries.tiers(), model.model(),
                        methodology.highRiskFrom()),
                PortfolioSections.hotSpots(legs), investment, gating,
                queries.incidents(null), queries.links(null), legs,
                PortfolioSections.trend(queries.vendorHistory(), vendors, now),
                losses.curve().stream().map(p -> new CurvePoint(Money.cents(p.loss()), p.probability())).toList(),
                standings.all(now));
    }

    /** The vendors with the largest ALE (then highest inherited score), with their drivers and driving path. */
    private List<ExecutiveReportData.TopVendor> topVendors(List<VendorLine> vendors) {
        return vendors.stream()
                .sorted(Comparator.comparing((VendorLine v) -> v.ale() == null ? -1.0 : v.ale()).reversed()
                        .thenComparing(Comparator.comparingDouble(VendorLine::inherited).reversed()))
                .limit(TOP_VENDORS).map(v -> queries.topVendor(v)).toList();
    }

    /** The parameters in force, for the methodology appendix. */
    Methodology methodology(ActiveModel model) {
        EconomicsModel economics = inputs.model();
        Integer policy = gatePolicies.list().stream().filter(p -> p.status == dev.custody.scoring.ModelStatus.ACTIVE)
                .map(p -> p.version).findFirst().orElse(null);
        double highRiskFrom = model.model().proscribedFloor();
        return new Methodology(model.version(), model.model(), policy, economics.monteCarloYears(), economics.seed(),
                highRiskFrom, "A jurisdiction is high-risk when its geography score G is at least "
                        + String.format(java.util.Locale.ROOT, "%.0f", highRiskFrom) + " (the model's floor for ITAR 126.1 proscribed and "
                        + "intelligence-law countries): every embargoed, proscribed or intelligence-law country, and "
                        + "any other whose CPI and indicators put it there.", TOP_VENDORS);
    }

    /** The currency of the largest annual spend (ties: alphabetical); null without engagements. */
    static String mainCurrency(List<Engagement> engagements) {
        Map<String, BigDecimal> spend = engagements.stream().collect(Collectors.groupingBy(e -> e.currency,
                Collectors.reducing(BigDecimal.ZERO, e -> e.annualSpend, BigDecimal::add)));
        return spend.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private Map<Long, Exposure> exposures(List<Engagement> engagements, List<VendorLine> vendors,
            EconomicsModel model) {
        Map<Long, Double> pEff = vendors.stream().collect(Collectors.toMap(VendorLine::id, VendorLine::pEff));
        Map<Long, Exposure> exposures = new java.util.LinkedHashMap<>();
        for (Engagement e : engagements) {
            Double p = pEff.get(e.organization.id);
            exposures.put(e.organization.id, ModelInputs.exposure(e, p == null ? scores.current(e.organization.id).pEff
                    : p, model));
        }
        return exposures;
    }
}
