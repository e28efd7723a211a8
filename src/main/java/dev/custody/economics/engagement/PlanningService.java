package dev.custody.economics.engagement;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Effectiveness;
import dev.custody.economics.Estimate;
import dev.custody.economics.Exposure;
import dev.custody.economics.LossInterval;
import dev.custody.economics.MonteCarlo;
import dev.custody.economics.Plan;
import dev.custody.economics.PortfolioPlan;
import dev.custody.economics.PortfolioPlanner;
import dev.custody.economics.SafeguardCost;
import dev.custody.economics.SafeguardEconomics;
import dev.custody.economics.Scenario;
import dev.custody.economics.SimulationComparison;
import dev.custody.economics.VendorAllocation;
import dev.custody.economics.VendorCandidates;
import dev.custody.scoring.ScoreService;
import dev.custody.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Spreads one budget over vendors, and answers quick estimates that need no engagement. */
@ApplicationScoped
public class PlanningService {
    static final String QUICK = "estimate";

    @Inject
    EconomicsService economics;
    @Inject
    SafeguardService safeguards;
    @Inject
    ScoreService scores;
    @Inject
    ModelInputs inputs;
    @Inject
    PlanConstraints constraints;

    /**
     * One budget over the vendors: barred vendors exit (no budget, their ALE shown as the exposure to exit), the
     * safeguards decisions in force make conditions are committed (counted as in place, costed apart), and the budget
     * buys the best of the rest.
     */
    @Transactional
    public PortfolioResult portfolio(PortfolioRequest request) {
        List<Engagement> engagements = engagements(request.vendorIds());
        TreeSet<String> currencies = engagements.stream().map(e -> e.currency).collect(Collectors.toCollection(TreeSet::new));
        new FieldErrors().check(currencies.size() <= 1, "vendorIds", "the engagements are in different currencies "
                + currencies + "; plan the vendors of one currency at a time").throwIfAny();
        EconomicsModel model = inputs.model();
        List<Long> ids = engagements.stream().map(e -> e.organization.id).toList();
        Map<Long, String> exits = constraints.exits(ids);
        Map<Long, Set<Long>> commitments = constraints.commitments(ids);
        List<VendorCandidates> vendors = new ArrayList<>();
        List<Engagement> planned = new ArrayList<>();
        List<Committed> committed = new ArrayList<>();
        List<PortfolioResult.Exit> exited = new ArrayList<>();
        Map<String, Safeguard> catalogue = Safeguard.<Safeguard>listAll().stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.id), Function.identity()));
        for (Engagement engagement : engagements) {
            double pEff = scores.current(engagement.organization.id).pEff;
            Exposure exposure = ModelInputs.exposure(engagement, pEff, model);
            if (exits.containsKey(engagement.organization.id)) {
                exited.add(new PortfolioResult.Exit(engagement.organization.id, engagement.organization.name,
                        exposure.ale(), exits.get(engagement.organization.id)));
                continue;
            }
            Committed given = committed(exposure, economics.candidates(engagement).models(),
                    commitments.getOrDefault(engagement.organization.id, Set.of()), model);
            vendors.add(new VendorCandidates(String.valueOf(engagement.organization.id), given.residual(),
                    given.rest()));
            planned.add(engagement);
            committed.add(given);
        }
        PortfolioPlan plan = PortfolioPlanner.allocate(vendors, request.budget().doubleValue(), model);
        List<PortfolioResult.Vendor> lines = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Engagement engagement = planned.get(i);
            VendorAllocation allocation = plan.vendors().get(i);
            Committed given = committed.get(i);
            lines.add(new PortfolioResult.Vendor(engagement.organization.id, engagement.organization.name,
                    given.aleBefore(), named(allocation.safeguards(), catalogue), allocation.annualCost(),
                    allocation.reduction(), allocation.net(),
                    named(given.safeguards().stream().map(dev.custody.economics.Safeguard::key).toList(), catalogue),
                    given.cost(), given.reduction()));
        }
        return new PortfolioResult(plan.budget(), currencies.isEmpty() ? null : currencies.first(), plan.spent(),
                plan.reduction(), plan.net(), plan.marginalReturn(), plan.upperBound(), lines,
                committed.stream().mapToDouble(Committed::cost).sum(),
                committed.stream().mapToDouble(Committed::reduction).sum(), exited);
    }

    /**
     * A vendor's committed safeguards (those of its candidates the gate's conditions name) taken as in place: their
     * cost and loss reduction, the exposure that remains, and the candidates left for the budget.
     */
    record Committed(List<dev.custody.economics.Safeguard> safeguards, double aleBefore, double cost, double reduction,
            Exposure residual, List<dev.custody.economics.Safeguard> rest) {
    }

    static Committed committed(Exposure exposure, List<dev.custody.economics.Safeguard> candidates, Set<Long> ids,
            EconomicsModel model) {
        List<dev.custody.economics.Safeguard> fixed = candidates.stream()
                .filter(s -> ids.contains(Long.valueOf(s.key()))).toList();
        List<dev.custody.economics.Safeguard> rest = candidates.stream().filter(s -> !fixed.contains(s)).toList();
        if (fixed.isEmpty()) {
            return new Committed(fixed, exposure.ale(), 0.0, 0.0, exposure, rest);
        }
        Exposure residual = new Exposure(exposure.unitsPerYear(), exposure.unitPrice(),
                SafeguardEconomics.residualScenarios(exposure, fixed, Estimate.EXPECTED));
        return new Committed(fixed, exposure.ale(), SafeguardEconomics.annualCost(exposure, fixed, model),
                exposure.ale() - residual.ale(), residual, rest);
    }

    private static List<PortfolioResult.Named> named(List<String> keys, Map<String, Safeguard> catalogue) {
        return keys.stream().map(catalogue::get).map(s -> new PortfolioResult.Named(s.id, s.name)).toList();
    }

    private static List<Engagement> engagements(List<Long> vendorIds) {
        if (vendorIds == null || vendorIds.isEmpty()) {
            return Engagement.list("order by organization.name");
        }
        List<Engagement> found = Engagement.list("organization.id in ?1 order by organization.name", vendorIds);
        Set<Long> known = found.stream().map(e -> e.organization.id).collect(Collectors.toSet());
        List<Long> missing = vendorIds.stream().filter(id -> !known.contains(id)).distinct().toList();
        new FieldErrors().check(missing.isEmpty(), "vendorIds", "organizations without an engagement: " + missing)
                .throwIfAny();
        return found;
    }

    /** A single scenario with the chosen safeguards; catalogue safeguards apply to it whatever they mitigate. */
    @Transactional
    public QuickEstimate estimate(EstimateRequest request) {
        EconomicsModel model = inputs.model();
        LossInterval loss = new LossInterval(request.lossLow(), request.lossHigh());
        Scenario scenario = new Scenario(QUICK, request.probability(), loss);
        boolean priced = request.unitsPerYear() != null && request.unitPrice() != null;
        Exposure exposure = new Exposure(request.unitsPerYear() == null ? 0 : request.unitsPerYear(),
                request.unitPrice() == null ? 0 : request.unitPrice(), List.of(scenario));
        List<dev.custody.economics.Safeguard> chosen = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Safeguard s : safeguards.all(request.safeguardIds() == null ? List.of() : request.safeguardIds(),
                "safeguardIds")) {
            chosen.add(ModelInputs.candidate(s, Set.of(QUICK)));
            names.add(s.name);
        }
        List<EstimateRequest.AdHocSafeguard> adHoc = request.safeguards() == null ? List.of() : request.safeguards();
        for (int i = 0; i < adHoc.size(); i++) {
            EstimateRequest.AdHocSafeguard a = adHoc.get(i);
            String key = "ad-hoc-" + i;
            String name = a.name() == null || a.name().isBlank() ? "Safeguard " + (i + 1) : a.name().trim();
            chosen.add(ModelInputs.at("safeguards[" + i + "].", () -> new dev.custody.economics.Safeguard(key,
                    Set.of(QUICK), new Effectiveness(a.effectivenessLow(), a.effectivenessExpected(), a.effectivenessHigh()),
                    new SafeguardCost(zero(a.costOneTime()), zero(a.costAnnual()), zero(a.costPerUnit())))));
            names.add(name);
        }
        Plan plan = SafeguardEconomics.evaluate(exposure, chosen, chosen, model, null);
        SimulationComparison simulation = MonteCarlo.compare(exposure, chosen, Estimate.EXPECTED, model);
        return new QuickEstimate(scenario.probability(), loss.mu(), loss.sigma(), loss.mean(), scenario.ale(), names,
                plan.annualCost(),
                new VendorEconomics.Range(SafeguardEconomics.residualProbability(scenario, chosen, Estimate.LOW),
                        SafeguardEconomics.residualProbability(scenario, chosen, Estimate.EXPECTED),
                        SafeguardEconomics.residualProbability(scenario, chosen, Estimate.HIGH)),
                plan.outcomes(), plan.gordonLoeb(), priced ? plan.viability() : null,
                new VendorEconomics.Simulation(model.monteCarloYears(), model.seed(), simulation.before(),
                        simulation.after()));
    }

    private static double zero(Double value) {
        return value == null ? 0.0 : value;
    }
}
