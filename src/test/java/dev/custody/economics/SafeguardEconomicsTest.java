package dev.custody.economics;

import static dev.custody.economics.EconomicsModel.HARDWARE_IMPLANT;
import static dev.custody.economics.EconomicsModel.TRANSIT_TAMPERING;
import static dev.custody.economics.EconomicsSamples.MODEL;
import static dev.custody.economics.EconomicsSamples.safeguard;
import static dev.custody.economics.EconomicsSamples.twoScenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ALE, residual probabilities, ROSI, the Gordon–Loeb line and market viability. */
class SafeguardEconomicsTest {
    // ALE implant = 0.04 * 2,663,980.18 = 106,559.21; transit = 0.025 * 161,397.58 = 4,034.94; sum 110,594.15
    private static final double ALE = 110_594.15;
    // one-time 30,000 / 3 + annual 5,000 + 1 per unit * 10,000 units = 25,000 a year
    private static final Safeguard XRAY = new Safeguard("xray", Set.of(HARDWARE_IMPLANT),
            new Effectiveness(0.5, 0.7, 0.9), new SafeguardCost(30_000, 5_000, 1));
    // annual 2,000 + 0.5 per unit * 10,000 = 7,000 a year
    private static final Safeguard SEALS = safeguard("seals", 0.8, 0, 2_000, 0.5, TRANSIT_TAMPERING);

    @Test
    void shouldSumTheScenariosAnnualisedLossExpectancy() {
        Exposure exposure = twoScenarios();
        assertThat(exposure.scenarios().get(0).ale()).isCloseTo(106_559.21, within(0.01));
        assertThat(exposure.scenarios().get(1).ale()).isCloseTo(4_034.94, within(0.01));
        assertThat(exposure.ale()).isCloseTo(ALE, within(0.01));
    }

    @Test
    void shouldSplitTheEffectiveProbabilityByTheDefaultShares() {
        assertThat(MODEL.scenarioProbability(HARDWARE_IMPLANT, 0.1)).isCloseTo(0.04, within(1e-12));
        assertThat(MODEL.scenarioProbability(TRANSIT_TAMPERING, 0.1)).isCloseTo(0.025, within(1e-12));
        assertThat(MODEL.scenarioProbability(EconomicsModel.COUNTERFEIT_COMPONENT, 0.1)).isCloseTo(0.02, within(1e-12));
        assertThat(MODEL.scenarioProbability(EconomicsModel.MALICIOUS_FIRMWARE, 0.1)).isCloseTo(0.015, within(1e-12));
    }

    @Test
    void shouldAmortiseTheOneTimeCostAndScaleThePerUnitCost() {
        assertThat(XRAY.annualCost(MODEL, 10_000)).isCloseTo(25_000, within(1e-9));
        assertThat(XRAY.annualCost(MODEL, 0)).isCloseTo(15_000, within(1e-9));
    }

    @Test
    void shouldMultiplyTheRemainingShareOfEverySafeguardOnAScenario() {
        Scenario implant = twoScenarios().scenarios().get(0);
        Safeguard audit = safeguard("audit", 0.5, 0, 1, 0, HARDWARE_IMPLANT, TRANSIT_TAMPERING);
        // 0.04 * (1 - 0.7) * (1 - 0.5) = 0.006; seals address transit only
        assertThat(SafeguardEconomics.residualProbability(implant, List.of(XRAY, audit, SEALS), Estimate.EXPECTED))
                .isCloseTo(0.006, within(1e-12));
        // low effectiveness: 0.04 * 0.5 * 0.5 = 0.01
        assertThat(SafeguardEconomics.residualProbability(implant, List.of(XRAY, audit), Estimate.LOW))
                .isCloseTo(0.01, within(1e-12));
    }

    @Test
    void shouldGiveAPayingSafeguardAPositiveRosi() {
        Plan plan = SafeguardEconomics.evaluate(twoScenarios(), List.of(XRAY), List.of(XRAY), MODEL, null);
        // after = 0.012 * 2,663,980.18 + 4,034.94 = 36,002.70; reduction 74,591.45; net 49,591.45
        // ROSI = 49,591.45 / 25,000 = 1.98366
        Outcome expected = plan.outcomes().expected();
        assertThat(expected.aleAfter()).isCloseTo(36_002.70, within(0.01));
        assertThat(expected.reduction()).isCloseTo(74_591.45, within(0.01));
        assertThat(expected.net()).isCloseTo(49_591.45, within(0.01));
        assertThat(expected.rosi()).isCloseTo(1.98366, within(1e-5));
        // low e 0.5: after = 0.02 * 2,663,980.18 + 4,034.94 = 57,314.54; high e 0.9: 0.004 * ... = 14,690.86
        assertThat(plan.outcomes().low().aleAfter()).isCloseTo(57_314.54, within(0.01));
        assertThat(plan.outcomes().high().aleAfter()).isCloseTo(14_690.86, within(0.01));
        assertThat(plan.outcomes().low().rosi()).isLessThan(expected.rosi()).isLessThan(plan.outcomes().high().rosi());
        assertThat(plan.appraisals()).singleElement().satisfies(a -> {
            assertThat(a.verdict()).isEqualTo(Verdict.PAYS);
            assertThat(a.inPlan()).isTrue();
        });
    }

    @Test
    void shouldGiveASafeguardCostingMoreThanItSavesANegativeRosi() {
        // after = 106,559.21 + 0.005 * 161,397.58 = 107,366.20; reduction 3,227.95 < cost 7,000
        // ROSI = (3,227.95 - 7,000) / 7,000 = -0.538864
        SafeguardAppraisal seals = SafeguardEconomics.appraise(twoScenarios(), SEALS, MODEL, false);
        assertThat(seals.alone().expected().reduction()).isCloseTo(3_227.95, within(0.01));
        assertThat(seals.alone().expected().rosi()).isCloseTo(-0.538864, within(1e-6));
        assertThat(seals.verdict()).isEqualTo(Verdict.DOES_NOT_PAY);
    }

    @ParameterizedTest(name = "before {0}, after {1}, cost {2} -> ROSI {3}")
    @CsvSource({
        "1000, 400, 300, 1.0",
        "1000, 400, 600, 0.0",
        "1000, 400, 1200, -0.5",
        "1000, 1000, 50, -1.0"})
    void shouldComputeRosiAsNetOverCost(double before, double after, double cost, double rosi) {
        assertThat(SafeguardEconomics.rosi(before, after, cost)).isCloseTo(rosi, within(1e-12));
    }

    @Test
    void shouldLeaveRosiUndefinedForAFreeSafeguard() {
        assertThat(SafeguardEconomics.rosi(1000, 400, 0)).isNull();
    }

    @Test
    void shouldDrawTheGordonLoebLineAtTheExpectedLossOverE() {
        // 110,594.15 / e = 110,594.15 * 0.3678794 = 40,685.31
        GordonLoeb below = SafeguardEconomics.gordonLoeb(ALE, 25_000);
        assertThat(below.bound()).isCloseTo(40_685.31, within(0.01));
        assertThat(below.exceeded()).isFalse();
        assertThat(SafeguardEconomics.gordonLoeb(ALE, 40_700).exceeded()).isTrue();
        Plan both = SafeguardEconomics.evaluate(twoScenarios(), List.of(XRAY, SEALS), List.of(XRAY, SEALS), MODEL, null);
        assertThat(both.annualCost()).isCloseTo(32_000, within(1e-9));
        assertThat(both.gordonLoeb().exceeded()).isFalse();
    }

    @ParameterizedTest(name = "cost {0} for {1} units at {2}: share {3}, flagged {4}")
    @CsvSource({
        // 25,000 / 10,000 = 2.5 a unit, 0.5 % of 500
        "25000, 10000, 500, 0.005, false",
        // 25,000 / 1,000 = 25 a unit, exactly 5 %: not above the threshold
        "25000, 1000, 500, 0.05, false",
        // 30 a unit, 6 % of 500
        "30000, 1000, 500, 0.06, true",
        "0, 0, 0, 0, false",
        "100, 0, 500, Infinity, true",
        "100, 10, 0, Infinity, true"})
    void shouldFlagAPlanWhoseCostPerUnitExceedsTheViabilityShare(double cost, double units, double price,
            double share, boolean flagged) {
        Exposure exposure = new Exposure(units, price, twoScenarios().scenarios());
        Viability viability = SafeguardEconomics.viability(exposure, cost, MODEL);
        assertThat(viability.shareOfPrice()).isCloseTo(share, within(1e-12));
        assertThat(viability.exceeded()).isEqualTo(flagged);
        assertThat(viability.threshold()).isEqualTo(0.05);
    }

    @Test
    void shouldCallAPayingSafeguardThatTheMarketCannotCarryNotViable() {
        // 100 units a year: 25,000 / 100 = 250 a unit, 50 % of a 500 price
        Exposure small = new Exposure(100, 500, twoScenarios().scenarios());
        Safeguard fixedCost = safeguard("fixed", 0.7, 0, 25_000, 0, HARDWARE_IMPLANT);
        SafeguardAppraisal appraisal = SafeguardEconomics.appraise(small, fixedCost, MODEL, false);
        assertThat(appraisal.alone().expected().net()).isPositive();
        assertThat(appraisal.viability().exceeded()).isTrue();
        assertThat(appraisal.verdict()).isEqualTo(Verdict.EXCEEDS_MARKET_VIABILITY);
    }
}
