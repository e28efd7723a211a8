package dev.custody.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Exposure;
import dev.custody.economics.LossDistribution;
import dev.custody.economics.engagement.PortfolioResult;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.Change;
import dev.custody.reports.ExecutiveReportData.Decision;
import dev.custody.reports.ExecutiveReportData.GateLine;
import dev.custody.reports.ExecutiveReportData.Gating;
import dev.custody.reports.ExecutiveReportData.InvestmentPlan;
import dev.custody.reports.ExecutiveReportData.LegLine;
import dev.custody.reports.ExecutiveReportData.PlanLine;
import dev.custody.reports.ExecutiveReportData.Summary;
import dev.custody.reports.ExecutiveReportData.TrendPoint;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreHistoryEntry;
import dev.custody.scoring.ScoreRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures the executive report and the dashboard compute themselves, each worked out by hand. */
class PortfolioSectionsTest {
    private static final Instant THEN = Instant.parse("2026-05-01T03:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
    private static final InvestmentPlan NO_PLAN = new InvestmentPlan(0, 0, 0, 0, null, 0, false, 0.05, List.of(), 0, 0,
            List.of());
    private static final Gating NO_GATING = new Gating(0, 0, 0, 0, List.of());
    /** p95 12,345.678 and p99 23,456.784: the summary shows them to the cent. */
    private static final LossDistribution LOSSES = new LossDistribution(100_000, 5000.0, 12_345.678, 23_456.784,
            90_000.0, List.of());

    /*
     * The portfolio now (ALE in the main currency; Elm has no engagement):
     *   1 Arden   MEDIUM    1,200.10      3 Corvid   CRITICAL  2,500.25      5 Elm  LOW  (none)
     *   2 Brisk   CRITICAL    800.40      4 Dunmore  HIGH      4,000.00
     * Total ALE 1,200.10 + 800.40 + 2,500.25 + 4,000.00 = 8,500.75; by band LOW 1, MEDIUM 1, HIGH 1, CRITICAL 2.
     */
    private static final List<VendorLine> NOW_VENDORS = List.of(vendor(1, "Arden", Band.MEDIUM, 1200.10),
            vendor(2, "Brisk", Band.CRITICAL, 800.40), vendor(3, "Corvid", Band.CRITICAL, 2500.25),
            vendor(4, "Dunmore", Band.HIGH, 4000.00), vendor(5, "Elm", Band.LOW, null));

    @Test
    void shouldSumTheVendorsAleAndCountThemByBand() {
        Summary s = PortfolioSections.summary(NOW_VENDORS, LOSSES, 2, null, NO_PLAN, NO_GATING);
        assertThat(s.totalAle()).isEqualTo(8500.75);
        assertThat(s.p95()).isEqualTo(12_345.68);
        assertThat(s.p99()).isEqualTo(23_456.78);
        assertThat(s.vendorCount()).isEqualTo(5);
        assertThat(s.otherCurrencyVendors()).isEqualTo(2);
        assertThat(s.byBand()).containsExactly(new BandCount(Band.LOW, 1), new BandCount(Band.MEDIUM, 1),
                new BandCount(Band.HIGH, 1), new BandCount(Band.CRITICAL, 2));
        assertThat(s.change()).as("no previous report").isNull();
    }

    /*
     * The previous report (snapshot 41, a month ago): total ALE 10,000.00, p99 30,000.00;
     *   1 Arden MEDIUM, 2 Brisk CRITICAL, 3 Corvid CRITICAL, 4 Dunmore LOW, 9 Gone HIGH (left the portfolio since)
     *   by band LOW 1, MEDIUM 1, HIGH 1, CRITICAL 2.
     * Now: Arden MEDIUM (same), Brisk CRITICAL (same), Corvid CRITICAL (same), Dunmore LOW -> HIGH (worse),
     *   Elm new (not counted as worse or better), Gone not there (not counted).
     * Total ALE 8,500.75 - 10,000.00 = -1,499.25; p99 23,456.78 - 30,000.00 = -6,543.22;
     * by band now minus then: LOW 1 - 1 = 0, MEDIUM 1 - 1 = 0, HIGH 1 - 1 = 0, CRITICAL 2 - 2 = 0:
     * the band counts hide the move, the worse/better counts show it.
     */
    @Test
    void shouldGiveTheChangeSinceThePreviousReport() {
        ExecutiveReportData then = report(THEN, 10_000.00, 30_000.00, List.of(vendor(1, "Arden", Band.MEDIUM, 900.0),
                vendor(2, "Brisk", Band.CRITICAL, 700.0), vendor(3, "Corvid", Band.CRITICAL, 2000.0),
                vendor(4, "Dunmore", Band.LOW, 100.0), vendor(9, "Gone", Band.HIGH, 6300.0)));
        Change c = PortfolioSections.summary(NOW_VENDORS, LOSSES, 0, new PreviousSnapshot(41, then), NO_PLAN,
                NO_GATING).change();
        assertThat(c.previousSnapshotId()).isEqualTo(41);
        assertThat(c.previousGeneratedAt()).isEqualTo(THEN);
        assertThat(c.totalAleDelta()).isEqualTo(-1499.25);
        assertThat(c.p99Delta()).isEqualTo(-6543.22);
        assertThat(c.byBandDelta()).containsExactly(new BandCount(Band.LOW, 0), new BandCount(Band.MEDIUM, 0),
                new BandCount(Band.HIGH, 0), new BandCount(Band.CRITICAL, 0));
        assertThat(c.vendorsWorse()).isEqualTo(1);
        assertThat(c.vendorsBetter()).isZero();
    }

    /*
     * Previous: 1 Arden CRITICAL, 2 Brisk LOW, 3 Corvid HIGH; LOW 1, MEDIUM 0, HIGH 1, CRITICAL 1; ALE 8,000.00, p99
     * 20,000.00. Now (NOW_VENDORS): Arden CRITICAL -> MEDIUM better, Brisk LOW -> CRITICAL worse, Corvid HIGH ->
     * CRITICAL worse, Dunmore and Elm new. By band now minus then: LOW 1 - 1 = 0, MEDIUM 1 - 0 = +1,
     * HIGH 1 - 1 = 0, CRITICAL 2 - 1 = +1. ALE +500.75, p99 +3,456.78.
     */
    @Test
    void shouldCountVendorsThatMovedBandEitherWay() {
        ExecutiveReportData then = report(THEN, 8000.00, 20_000.00, List.of(vendor(1, "Arden", Band.CRITICAL, 1.0),
                vendor(2, "Brisk", Band.LOW, 1.0), vendor(3, "Corvid", Band.HIGH, 1.0)));
        Change c = PortfolioSections.summary(NOW_VENDORS, LOSSES, 0, new PreviousSnapshot(7, then), NO_PLAN,
                NO_GATING).change();
        assertThat(c.byBandDelta()).containsExactly(new BandCount(Band.LOW, 0), new BandCount(Band.MEDIUM, 1),
                new BandCount(Band.HIGH, 0), new BandCount(Band.CRITICAL, 1));
        assertThat(c.vendorsWorse()).isEqualTo(2);
        assertThat(c.vendorsBetter()).isEqualTo(1);
        assertThat(c.totalAleDelta()).isEqualTo(500.75);
        assertThat(c.p99Delta()).isEqualTo(3456.78);
    }

    /*
     * Which three decisions are chosen, in this order:
     * 1. fund the plan, because it costs something (1,500.00 a year for a 3,000.50 reduction);
     * 2. review the critical vendor with the largest ALE: Corvid (2,500.25) over Brisk (800.40); Dunmore has more
     *    (4,000.00) but is high, not critical;
     * 3. the gate's hard case: the override on the latest request that has one (13, Dunmore, over 11, Brisk),
     *    before any rejection (10, 12).
     * A fourth candidate (Corvid's plan is not viable) is left out: three at most.
     */
    @Test
    void shouldChooseThePlanTheCriticalVendorWithTheMostMoneyAndTheLatestOverride() {
        InvestmentPlan plan = plan(1500.0, 3000.50, planLine(3, "Corvid", true));
        Gating gating = gating(gate(10, 1, "Arden", "REJECT", false), gate(11, 2, "Brisk", "APPROVE", true),
                gate(12, 3, "Corvid", "REJECT", false), gate(13, 4, "Dunmore", "APPROVE_WITH_CONDITIONS", true));
        List<Decision> d = PortfolioSections.decisions(NOW_VENDORS, plan, gating);
        assertThat(d).containsExactly(
                new Decision("FUND_PLAN", "Fund the safeguard plan",
                        "Spending 1,500.00 a year cuts the expected annual loss by 3,000.50.", 1500.0, null,
                        "/economics/portfolio"),
                new Decision("REVIEW_VENDOR", "Review Corvid",
                        "The critical vendor with the largest expected annual loss (2,500.25).", 2500.25, 3L,
                        "/organizations/3"),
                new Decision("OVERRIDE", "Confirm the override on Dunmore",
                        "Purchase request 13 (Racks for Dunmore): approved with conditions by override.", null, 4L,
                        "/purchase-requests/13"));
    }

    /*
     * Nothing to fund (plan cost 0), no critical vendor with an ALE (Brisk and Corvid have no engagement), no override:
     * the first rejection (request 10, Arden, before 12) and the first plan line that is not viable (Brisk, before
     * Corvid) are the decisions.
     */
    @Test
    void shouldFallBackToTheFirstRejectionAndTheFirstUnviablePlan() {
        List<VendorLine> vendors = List.of(vendor(1, "Arden", Band.MEDIUM, 1200.10),
                vendor(2, "Brisk", Band.CRITICAL, null), vendor(3, "Corvid", Band.CRITICAL, null),
                vendor(4, "Dunmore", Band.HIGH, 4000.00));
        InvestmentPlan plan = plan(0.0, 0.0, planLine(1, "Arden", false), planLine(2, "Brisk", true),
                planLine(3, "Corvid", true));
        Gating gating = gating(gate(10, 1, "Arden", "REJECT", false), gate(11, 2, "Brisk", "APPROVE", false),
                gate(12, 3, "Corvid", "REJECT", false));
        List<Decision> d = PortfolioSections.decisions(vendors, plan, gating);
        assertThat(d).extracting(Decision::kind).containsExactly("OVERRIDE", "VIABILITY");
        assertThat(d.get(0).title()).isEqualTo("Confirm the rejection of Arden");
        assertThat(d.get(0).reason()).isEqualTo("Purchase request 10 (Racks for Arden): rejected.");
        assertThat(d.get(0).vendorId()).isEqualTo(1L);
        assertThat(d.get(1).title()).isEqualTo("Accept the safeguard cost for Brisk");
        assertThat(d.get(1).vendorId()).isEqualTo(2L);
        assertThat(d.get(1).amount()).isEqualTo(100.0);
    }

    @Test
    void shouldNeedNoExecutiveDecisionWhenNothingCallsForOne() {
        assertThat(PortfolioSections.decisions(List.of(vendor(1, "Arden", Band.HIGH, 10.0)), NO_PLAN,
                gating(gate(10, 1, "Arden", "APPROVE", false)))).isEmpty();
    }

    /*
     * Two vendors in the plan (the planner's result; Gordon-Loeb bound = ALE before / e, viability = annual cost per
     * unit / unit price against 5 %):
     *   Arden  ALE before 10,000  cost 1,000  reduction 4,000  ROSI (4,000 - 1,000) / 1,000 = 3
     *          bound 10,000 / e = 3,678.79 (not exceeded); 100 units at 500: 1,000 / 100 / 500 = 2 % (viable)
     *   Brisk  ALE before  2,000  cost   900  reduction 1,200  ROSI (1,200 - 900) / 900 = 0.3333
     *          bound 2,000 / e = 735.76 (900 exceeds it); 10 units at 1,000: 900 / 10 / 1,000 = 9 % (not viable)
     * Portfolio: cost 1,900, ALE before 12,000, reduction 5,200, after 6,800, ROSI (5,200 - 1,900) / 1,900 = 1.7368,
     *   bound 12,000 / e = 4,414.55 (1,900 does not exceed it).
     */
    @Test
    void shouldTotalThePlanWithItsSanityLines() {
        PortfolioResult result = new PortfolioResult(1e12, "EUR", 1900.0, 5200.0, 3300.0, 0.5, 3300.0, List.of(
                new PortfolioResult.Vendor(1, "Arden", 10_000.0, List.of(new PortfolioResult.Named(7, "X-ray")),
                        1000.0, 4000.0, 3000.0, List.of(), 0, 0),
                new PortfolioResult.Vendor(2, "Brisk", 2000.0, List.of(new PortfolioResult.Named(8, "Escort")),
                        900.0, 1200.0, 300.0, List.of(), 0, 0)), 0, 0, List.of());
        java.util.Map<Long, Exposure> exposures = java.util.Map.of(1L, new Exposure(100, 500, List.of()),
                2L, new Exposure(10, 1000, List.of()));
        InvestmentPlan p = PortfolioSections.plan(result, exposures, EconomicsModel.defaults());
        assertThat(p.annualCost()).isEqualTo(1900.0);
        assertThat(p.aleBefore()).isEqualTo(12_000.0);
        assertThat(p.aleAfter()).isEqualTo(6800.0);
        assertThat(p.reduction()).isEqualTo(5200.0);
        assertThat(p.rosi()).isCloseTo(1.736842, within(1e-6));
        assertThat(p.gordonLoebBound()).isEqualTo(4414.55);
        assertThat(p.gordonLoebExceeded()).isFalse();
        assertThat(p.viabilityThreshold()).isEqualTo(0.05);
        PlanLine arden = p.vendors().get(0);
        assertThat(arden.safeguards()).containsExactly("X-ray");
        assertThat(arden.rosi()).isCloseTo(3.0, within(1e-12));
        assertThat(arden.gordonLoebBound()).isEqualTo(3678.79);
        assertThat(arden.gordonLoebExceeded()).isFalse();
        assertThat(arden.viabilityShare()).isCloseTo(0.02, within(1e-12));
        assertThat(arden.viabilityExceeded()).isFalse();
        PlanLine brisk = p.vendors().get(1);
        assertThat(brisk.rosi()).isCloseTo(1.0 / 3.0, within(1e-12));
        assertThat(brisk.gordonLoebBound()).isEqualTo(735.76);
        assertThat(brisk.gordonLoebExceeded()).isTrue();
        assertThat(brisk.viabilityShare()).isCloseTo(0.09, within(1e-12));
        assertThat(brisk.viabilityExceeded()).isTrue();
    }

    @Test
    void shouldShowAnEmptyPlanWithoutEngagements() {
        InvestmentPlan p = PortfolioSections.plan(null, java.util.Map.of(), EconomicsModel.defaults());
        assertThat(p.annualCost()).isZero();
        assertThat(p.rosi()).isNull();
        assertThat(p.vendors()).isEmpty();
    }

    /*
     * Score history of three vendors, oldest first:
     *   t1 Arden MEDIUM 30, t1 Brisk HIGH 60 (one point: MEDIUM 1, HIGH 1, mean (30 + 60) / 2 = 45)
     *   t2 Arden CRITICAL 80                 (HIGH 1, CRITICAL 1, mean (80 + 60) / 2 = 70)
     *   t3 Corvid LOW 10                     (LOW 1, HIGH 1, CRITICAL 1, mean (80 + 60 + 10) / 3 = 50)
     * and now, from the vendor list: NOW_VENDORS (LOW 1, MEDIUM 1, HIGH 1, CRITICAL 2, mean of their inherited).
     */
    @Test
    void shouldCountVendorsByBandAfterEachScoringRun() {
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-02-01T00:00:00Z");
        Instant t3 = Instant.parse("2026-03-01T00:00:00Z");
        List<ScoreHistoryEntry> history = List.of(entry(1, t1, Band.MEDIUM, 30), entry(2, t1, Band.HIGH, 60),
                entry(1, t2, Band.CRITICAL, 80), entry(3, t3, Band.LOW, 10));
        List<TrendPoint> trend = PortfolioSections.trend(history, NOW_VENDORS, NOW);
        assertThat(trend).hasSize(4);
        assertThat(trend.get(0)).isEqualTo(new TrendPoint(t1, 0, 1, 1, 0, 45.0));
        assertThat(trend.get(1)).isEqualTo(new TrendPoint(t2, 0, 0, 1, 1, 70.0));
        assertThat(trend.get(2)).isEqualTo(new TrendPoint(t3, 1, 0, 1, 1, 50.0));
        // inherited of NOW_VENDORS (see vendor()): 40, 80, 80, 60, 10 -> mean 54
        assertThat(trend.get(3)).isEqualTo(new TrendPoint(NOW, 1, 1, 1, 2, 54.0));
    }

    @Test
    void shouldKeepOnlyTheLatestTrendPoints() {
        List<ScoreHistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            history.add(entry(1, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 3600L), Band.LOW, i));
        }
        List<TrendPoint> trend = PortfolioSections.trend(history, NOW_VENDORS, NOW);
        // 30 runs and now = 31 points, the last 24 kept: runs 7..29 and now.
        assertThat(trend).hasSize(PortfolioSections.TREND_POINTS);
        assertThat(trend.get(0).meanInherited()).isEqualTo(7.0);
        assertThat(trend.get(23).at()).isEqualTo(NOW);
    }

    /* Twelve legs scored 5, 10, ..., 60 with ids in reverse; two ties at 60: the 10 highest, ties by id. */
    @Test
    void shouldListTheTenRiskiestCustodyLegs() {
        List<LegLine> legs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            legs.add(leg(100 - i, 5.0 * i));
        }
        legs.add(leg(200, 60.0));
        List<ExecutiveReportData.HotSpot> spots = PortfolioSections.hotSpots(legs);
        assertThat(spots).hasSize(PortfolioSections.HOT_SPOTS);
        assertThat(spots).extracting(ExecutiveReportData.HotSpot::legId).containsExactly(88L, 200L, 89L, 90L, 91L,
                92L, 93L, 94L, 95L, 96L);
        assertThat(spots).extracting(ExecutiveReportData.HotSpot::score).containsExactly(60.0, 60.0, 55.0, 50.0,
                45.0, 40.0, 35.0, 30.0, 25.0, 20.0);
    }

    /* Money filled in from the engagements, the planner's allocation and the exposures' ALE (to the cent). */
    @Test
    void shouldFillInEachVendorsMoneyFromItsEngagementAndPlan() {
        dev.custody.economics.engagement.Engagement arden = engagement(1, "EUR", "120000.50");
        PortfolioResult result = new PortfolioResult(1e12, "EUR", 333.333, 0, 0, 0, 0,
                List.of(new PortfolioResult.Vendor(1, "Arden", 0, List.of(), 333.333, 0, 0, List.of(), 0, 0)), 0, 0,
                List.of());
        dev.custody.economics.Exposure exposure = new Exposure(10, 100, List.of(new dev.custody.economics.Scenario(
                "hardware-implant", 0.01, new dev.custody.economics.LossInterval(100.0, 10_000.0))));
        List<VendorLine> lines = PortfolioSections.withMoney(List.of(vendor(1, "Arden", Band.LOW, null),
                vendor(2, "Brisk", Band.LOW, null)), List.of(arden), java.util.Map.of(1L, exposure), result);
        // ALE from the economics core (0.01 x the lognormal's mean, 26.64...) to the cent; spend 120,000.50; plan
        // cost 333.333 to the cent: 333.33
        assertThat(exposure.ale()).isCloseTo(26.64, within(0.01));
        assertThat(lines.get(0).ale()).isEqualTo(Math.round(exposure.ale() * 100) / 100.0);
        assertThat(lines.get(0).annualSpend()).isEqualTo(120_000.50);
        assertThat(lines.get(0).planCost()).isEqualTo(333.33);
        assertThat(lines.get(0).currency()).isEqualTo("EUR");
        assertThat(lines.get(1)).as("no engagement: no money").isEqualTo(vendor(2, "Brisk", Band.LOW, null));
    }

    /* The main currency is the one with the largest total spend: EUR 100 + 150 = 250 over USD 200; a tie goes to
     * the first alphabetically. */
    @Test
    void shouldReportInTheCurrencyWithTheLargestSpend() {
        assertThat(ReportDataCollector.mainCurrency(List.of(engagement(1, "USD", "200"), engagement(2, "EUR", "100"),
                engagement(3, "EUR", "150")))).isEqualTo("EUR");
        assertThat(ReportDataCollector.mainCurrency(List.of(engagement(1, "USD", "200"),
                engagement(2, "EUR", "200")))).isEqualTo("EUR");
        assertThat(ReportDataCollector.mainCurrency(List.of())).isNull();
    }

    static VendorLine vendor(long id, String name, Band band, Double ale) {
        double inherited = switch (band) {
            case LOW -> 10;
            case MEDIUM -> 40;
            case HIGH -> 60;
            case CRITICAL -> 80;
        };
        return new VendorLine(id, name, "DE", 1, inherited, inherited, band, 0.01, ale, null, null, null,
                new ScoreRange(inherited, inherited, inherited), 1.0);
    }

    private static ExecutiveReportData report(Instant at, double totalAle, double p99, List<VendorLine> vendors) {
        Summary summary = new Summary(totalAle, p99, p99, vendors.size(), PortfolioSections.byBand(vendors), 0, null,
                List.of());
        return new ExecutiveReportData(at, "then", "EUR", null, summary, vendors, List.of(), null, List.of(), NO_PLAN,
                NO_GATING, List.of(), List.of(), List.of(), List.of(), List.of(),
                new ExecutiveReportData.Standings(List.of(), List.of()));
    }

    private static InvestmentPlan plan(double cost, double reduction, PlanLine... lines) {
        return new InvestmentPlan(cost, 10_000, 10_000 - reduction, reduction, null, 0, false, 0.05, List.of(lines), 0, 0,
                List.of());
    }

    private static PlanLine planLine(long vendorId, String name, boolean notViable) {
        return new PlanLine(vendorId, name, List.of("X-ray"), 100.0, 1000.0, 500.0, 4.0, 367.88, false,
                notViable ? 0.2 : 0.01, notViable, List.of(), 0);
    }

    private static Gating gating(GateLine... lines) {
        return new Gating(0, 0, 0, 0, List.of(lines));
    }

    private static GateLine gate(long request, long vendorId, String vendor, String outcome, boolean override) {
        return new GateLine(request, vendorId, vendor, "Racks for " + vendor, 10, "HIGH", outcome,
                override ? "OVERRIDE" : "GATE", override, "approver", THEN, 50.0, null, 1, null, null,
                dev.custody.gating.GateDecisionView.label(override ? dev.custody.gating.GateDecision.Kind.OVERRIDE
                        : dev.custody.gating.GateDecision.Kind.EVALUATION, dev.custody.gating.GateOutcome.valueOf(outcome)));
    }

    private static ScoreHistoryEntry entry(long organization, Instant at, Band band, double inherited) {
        ScoreHistoryEntry e = new ScoreHistoryEntry();
        e.organizationId = organization;
        e.computedAt = at;
        e.band = band;
        e.inherited = inherited;
        return e;
    }

    private static LegLine leg(long id, double score) {
        return new LegLine(id, 1, "Arden", 1, "FORWARDER", 5, "Handler", "DE", false, false, false, score);
    }

    private static dev.custody.economics.engagement.Engagement engagement(long vendor, String currency,
            String spend) {
        dev.custody.network.Organization o = new dev.custody.network.Organization();
        o.id = vendor;
        dev.custody.economics.engagement.Engagement e = new dev.custody.economics.engagement.Engagement();
        e.organization = o;
        e.currency = currency;
        e.annualSpend = new java.math.BigDecimal(spend);
        return e;
    }
}
