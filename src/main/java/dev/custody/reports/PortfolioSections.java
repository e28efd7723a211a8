package dev.custody.reports;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Exposure;
import dev.custody.economics.GordonLoeb;
import dev.custody.economics.LossDistribution;
import dev.custody.economics.SafeguardEconomics;
import dev.custody.economics.Viability;
import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.PortfolioResult;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.Change;
import dev.custody.reports.ExecutiveReportData.Decision;
import dev.custody.reports.ExecutiveReportData.GateLine;
import dev.custody.reports.ExecutiveReportData.Gating;
import dev.custody.reports.ExecutiveReportData.GeographyExposure;
import dev.custody.reports.ExecutiveReportData.HotSpot;
import dev.custody.reports.ExecutiveReportData.InvestmentPlan;
import dev.custody.reports.ExecutiveReportData.LegLine;
import dev.custody.reports.ExecutiveReportData.PlanLine;
import dev.custody.reports.ExecutiveReportData.Summary;
import dev.custody.reports.ExecutiveReportData.TrendPoint;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.scoring.Band;
import dev.custody.scoring.GeographyCalculator;
import dev.custody.scoring.NetworkFacts;
import dev.custody.scoring.ScoreHistoryEntry;
import dev.custody.scoring.ScoringModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The executive report's sections from data already read (pure: no database, no clock). */
final class PortfolioSections {
    /** Most points of the trend series. */
    static final int TREND_POINTS = 24;
    /** Custody hot spots listed. */
    static final int HOT_SPOTS = 10;

    private PortfolioSections() {
    }

    /** The vendors with ALE, spend and plan cost filled in from their engagement, exposure and plan allocation. */
    static List<VendorLine> withMoney(List<VendorLine> vendors, List<Engagement> engagements,
            Map<Long, Exposure> exposures, PortfolioResult plan) {
        Map<Long, Engagement> byVendor = new HashMap<>();
        engagements.forEach(e -> byVendor.put(e.organization.id, e));
        Map<Long, Double> cost = new HashMap<>();
        if (plan != null) {
            plan.vendors().forEach(v -> cost.put(v.organizationId(), v.annualCost() + v.committedCost()));
        }
        return vendors.stream().map(v -> {
            Engagement e = byVendor.get(v.id());
            if (e == null) {
                return v;
            }
            Exposure x = exposures.get(v.id());
            return new VendorLine(v.id(), v.name(), v.country(), v.tier(), v.ownScore(), v.inherited(), v.band(),
                    v.pEff(), x == null ? null : Money.cents(x.ale()), Money.cents(e.annualSpend.doubleValue()),
                    Money.cents(cost.get(v.id())), e.currency, v.range(), v.assessedShare());
        }).toList();
    }

    static InvestmentPlan plan(PortfolioResult plan, Map<Long, Exposure> exposures, EconomicsModel model) {
        if (plan == null) {
            return new InvestmentPlan(0, 0, 0, 0, null, 0, false, model.viabilityThreshold(), List.of(), 0, 0,
                    List.of());
        }
        List<PlanLine> lines = new ArrayList<>();
        double before = 0.0;
        for (PortfolioResult.Vendor v : plan.vendors()) {
            before += v.aleBefore();
            GordonLoeb line = SafeguardEconomics.gordonLoeb(v.aleBefore(), v.annualCost());
            Viability viability = SafeguardEconomics.viability(exposures.get(v.organizationId()),
                    v.annualCost() + v.committedCost(), model);
            double bought = v.aleBefore() - v.committedReduction();
            lines.add(new PlanLine(v.organizationId(), v.organizationName(),
                    v.safeguards().stream().map(PortfolioResult.Named::name).toList(), Money.cents(v.annualCost()),
                    Money.cents(v.aleBefore()), Money.cents(v.reduction()),
                    SafeguardEconomics.rosi(bought, bought - v.reduction(), v.annualCost()),
                    Money.cents(line.bound()), line.exceeded(), finite(viability.shareOfPrice()),
                    viability.exceeded(), v.committed().stream().map(PortfolioResult.Named::name).toList(),
                    Money.cents(v.committedCost())));
        }
        before -= plan.committedReduction();
        GordonLoeb total = SafeguardEconomics.gordonLoeb(before, plan.spent());
        List<ExecutiveReportData.ExitLine> exits = plan.exits().stream().map(x -> new ExecutiveReportData.ExitLine(
                x.organizationId(), x.organizationName(), Money.cents(x.exposure()), x.reason())).toList();
        return new InvestmentPlan(Money.cents(plan.spent()), Money.cents(before),
                Money.cents(before - plan.reduction()), Money.cents(plan.reduction()),
                SafeguardEconomics.rosi(before, before - plan.reduction(), plan.spent()), Money.cents(total.bound()),
                total.exceeded(), model.viabilityThreshold(), lines, Money.cents(plan.committedCost()),
                Money.cents(plan.committedReduction()), exits);
    }

    /** JSON has no infinity: a share of an unpriced unit is stored as the largest double. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : Double.MAX_VALUE;
    }

    static Summary summary(List<VendorLine> vendors, LossDistribution losses, int otherCurrency,
            PreviousSnapshot previous, InvestmentPlan plan, Gating gating) {
        double ale = vendors.stream().filter(v -> v.ale() != null).mapToDouble(VendorLine::ale).sum();
        List<BandCount> byBand = byBand(vendors);
        double totalAle = Money.cents(ale);
        double p99 = Money.cents(losses.p99());
        return new Summary(totalAle, Money.cents(losses.p95()), p99, vendors.size(), byBand, otherCurrency,
                change(previous, vendors, byBand, totalAle, p99), decisions(vendors, plan, gating));
    }

    static List<BandCount> byBand(List<VendorLine> vendors) {
        int[] counts = new int[Band.values().length];
        vendors.forEach(v -> counts[v.band().ordinal()]++);
        List<BandCount> list = new ArrayList<>();
        for (Band b : Band.values()) {
            list.add(new BandCount(b, counts[b.ordinal()]));
        }
        return list;
    }

    private static Change change(PreviousSnapshot previous, List<VendorLine> vendors, List<BandCount> byBand,
            double totalAle, double p99) {
        if (previous == null) {
            return null;
        }
        ExecutiveReportData then = previous.data();
        List<BandCount> delta = new ArrayList<>();
        for (int i = 0; i < byBand.size(); i++) {
            delta.add(new BandCount(byBand.get(i).band(), byBand.get(i).count() - then.summary().byBand().get(i).count()));
        }
        Map<Long, Band> before = new HashMap<>();
        then.vendors().forEach(v -> before.put(v.id(), v.band()));
        int worse = 0;
        int better = 0;
        for (VendorLine v : vendors) {
            Band b = before.get(v.id());
            worse += b != null && v.band().compareTo(b) > 0 ? 1 : 0;
            better += b != null && v.band().compareTo(b) < 0 ? 1 : 0;
        }
        return new Change(previous.id(), then.generatedAt(), Money.cents(totalAle - then.summary().totalAle()),
                Money.cents(p99 - then.summary().p99()), delta, worse, better);
    }

    /**
     * The three decisions that need an executive, each with the page where it is decided: replace or exit the barred
     * vendor with the most money exposed, fund the plan, the riskiest money, and the gate's hard cases.
     */
    static List<Decision> decisions(List<VendorLine> vendors, InvestmentPlan plan, Gating gating) {
        List<Decision> decisions = new ArrayList<>();
        plan.exits().stream().max(Comparator.comparingDouble(ExecutiveReportData.ExitLine::exposure))
                .ifPresent(x -> decisions.add(new Decision("EXIT", "Replace or exit " + x.vendorName(),
                        "It is barred, so no safeguard budget can help; " + amount(x.exposure())
                                + " a year of expected loss is exposed until it is replaced.", x.exposure(),
                        x.vendorId(), "/organizations/" + x.vendorId())));
        if (plan.annualCost() > 0) {
            decisions.add(new Decision("FUND_PLAN", "Fund the safeguard plan",
                    "Spending " + amount(plan.annualCost()) + " a year cuts the expected annual loss by "
                            + amount(plan.reduction()) + ".", plan.annualCost(), null, "/economics/portfolio"));
        }
        vendors.stream().filter(v -> v.band() == Band.CRITICAL && v.ale() != null)
                .max(Comparator.comparingDouble(VendorLine::ale))
                .ifPresent(v -> decisions.add(new Decision("REVIEW_VENDOR", "Review " + v.name(),
                        "The critical vendor with the largest expected annual loss (" + amount(v.ale()) + ").",
                        v.ale(), v.id(), "/organizations/" + v.id())));
        Optional<GateLine> hard = gating.decisions().stream().filter(GateLine::override).reduce((a, b) -> b)
                .or(() -> gating.decisions().stream().filter(d -> "REJECT".equals(d.outcome())).findFirst());
        hard.ifPresent(d -> decisions.add(new Decision("OVERRIDE", (d.override() ? "Confirm the override on "
                : "Confirm the rejection of ") + d.vendorName(), "Purchase request " + d.requestId() + " ("
                + d.item() + "): " + d.label().toLowerCase(java.util.Locale.ROOT) + ".", null,
                d.vendorId(), "/purchase-requests/" + d.requestId())));
        plan.vendors().stream().filter(PlanLine::viabilityExceeded).findFirst()
                .ifPresent(p -> decisions.add(new Decision("VIABILITY", "Accept the safeguard cost for "
                        + p.vendorName(), "Its safeguards cost more per unit than the market pays.", p.annualCost(),
                        p.vendorId(), "/organizations/" + p.vendorId() + "/safeguards")));
        return decisions.stream().limit(3).toList();
    }

    private static String amount(double value) {
        return String.format(java.util.Locale.ROOT, "%,.2f", value);
    }

    static GeographyExposure geography(List<Engagement> engagements, NetworkFacts network, Map<Long, Integer> tiers,
            ScoringModel model, double highRiskFrom) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        network.organizations().values().forEach(o -> {
            o.sites().forEach(s -> score(s.country(), model, scores, names));
            score(o.hq(), model, scores, names);
        });
        List<GeographyExposureCalculator.VendorSpend> spend = engagements.stream()
                .map(e -> new GeographyExposureCalculator.VendorSpend(e.organization.id, e.annualSpend.doubleValue()))
                .toList();
        GeographyExposure g = GeographyExposureCalculator.of(spend, network.organizations(), network.links(), tiers,
                scores, names, highRiskFrom);
        return new GeographyExposure(Money.cents(g.criticalSpend()), Money.cents(g.subTierHighRiskSpend()),
                g.subTierHighRiskShare(), g.countries());
    }

    private static void score(dev.custody.scoring.Facts.Country c, ScoringModel model, Map<String, Double> scores,
            Map<String, String> names) {
        if (c != null && !scores.containsKey(c.iso2())) {
            scores.put(c.iso2(), GeographyCalculator.country(c, model).score());
            names.put(c.iso2(), c.name());
        }
    }

    static List<HotSpot> hotSpots(List<LegLine> legs) {
        return legs.stream().sorted(Comparator.comparingDouble(LegLine::score).reversed()
                .thenComparingLong(LegLine::id)).limit(HOT_SPOTS)
                .map(l -> new HotSpot(l.id(), l.vendorId(), l.vendorName(), l.sequence(), l.kind(),
                        l.handlerId(), l.handlerName(), l.country(), l.seals(),
                        l.tracking(), l.escort(), l.score())).toList();
    }

    /**
     * Vendors per band after each scoring run that moved a vendor (the last TREND_POINTS), and now. A vendor
     * counts from its first history entry on.
     */
    static List<TrendPoint> trend(List<ScoreHistoryEntry> history, List<VendorLine> vendors, Instant now) {
        Map<Long, ScoreHistoryEntry> state = new HashMap<>();
        int[] counts = new int[Band.values().length];
        double sum = 0.0;
        Map<Instant, TrendPoint> points = new LinkedHashMap<>();
        for (ScoreHistoryEntry h : history) {
            ScoreHistoryEntry old = state.put(h.organizationId, h);
            if (old != null) {
                counts[old.band.ordinal()]--;
                sum -= old.inherited;
            }
            counts[h.band.ordinal()]++;
            sum += h.inherited;
            points.put(h.computedAt, point(h.computedAt, counts, sum / state.size()));
        }
        List<TrendPoint> list = new ArrayList<>(points.values());
        int[] now0 = new int[Band.values().length];
        vendors.forEach(v -> now0[v.band().ordinal()]++);
        list.add(point(now, now0, vendors.stream().mapToDouble(VendorLine::inherited).average().orElse(0.0)));
        return List.copyOf(list.subList(Math.max(0, list.size() - TREND_POINTS), list.size()));
    }

    private static TrendPoint point(Instant at, int[] counts, double mean) {
        return new TrendPoint(at, counts[0], counts[1], counts[2], counts[3], mean);
    }
}
