package dev.custody.economics;

import static dev.custody.economics.EconomicsModel.HARDWARE_IMPLANT;
import static dev.custody.economics.EconomicsSamples.MODEL;
import static dev.custody.economics.EconomicsSamples.safeguard;
import static dev.custody.economics.EconomicsSamples.twoScenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seeded simulation of annual losses. Statistical checks allow four standard errors: a year's loss is
 * a compound Poisson sum, whose variance is {@code sum_s p_s * E[X_s^2]} with
 * {@code E[X^2] = exp(2 mu + 2 sigma^2)} for a lognormal loss, so the mean of N years has standard error
 * {@code sqrt(variance / N)}; a correct simulation lands outside four of them about once in 16,000 runs.
 */
class MonteCarloTest {
    private static final int YEARS = 200_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void shouldConvergeToTheAnnualisedLossExpectancy(long seed) {
        Exposure exposure = twoScenarios();
        LossDistribution result = MonteCarlo.simulate(exposure.scenarios(), YEARS, seed);
        // ALE 110,594.15; standard error about 3,200 (the implant scenario's heavy tail dominates)
        assertThat(result.mean()).isCloseTo(exposure.ale(), within(4 * standardError(exposure.scenarios(), YEARS)));
        assertThat(result.years()).isEqualTo(YEARS);
    }

    @Test
    void shouldDrawPoissonEventsWithSeveralInAYear() {
        // p = 1: a year has on average one event, P(no event) = e^-1 = 0.3679; a one-event-at-most model
        // would give a mean of 0.632 * mean loss instead of the mean loss
        Scenario certain = new Scenario(HARDWARE_IMPLANT, 1.0, new LossInterval(1, 2));
        LossDistribution result = MonteCarlo.simulate(List.of(certain), YEARS, 5);
        assertThat(result.mean()).isCloseTo(certain.loss().mean(), within(4 * standardError(List.of(certain), YEARS)));
        double someLoss = result.curve().get(0).probability();
        double binomialError = Math.sqrt(0.632 * 0.368 / YEARS);
        assertThat(someLoss).isCloseTo(1 - Math.exp(-1), within(4 * binomialError));
    }

    @Test
    void shouldReportPercentilesOfTheAnnualLoss() {
        // p = 0.02: only 1.98 % of years have a loss, so p95 = 0; p99 is the loss whose conditional
        // exceedance is 0.01 / 0.0198 = 0.505, close to the median single loss exp(mu) = 1e6
        Scenario rare = new Scenario(HARDWARE_IMPLANT, 0.02, new LossInterval(1e5, 1e7));
        LossDistribution result = MonteCarlo.simulate(List.of(rare), YEARS, 9);
        assertThat(result.p95()).isZero();
        double expected = rare.loss().quantile(1 - 0.01 / -Math.expm1(-0.02));
        assertThat(result.p99()).isCloseTo(expected, within(0.15 * expected));
        assertThat(result.max()).isGreaterThan(result.p99());
    }

    @Test
    void shouldDrawALossExceedanceCurveFromZeroToTheLargestLoss() {
        LossDistribution result = MonteCarlo.simulate(twoScenarios().scenarios(), YEARS, 3);
        List<ExceedancePoint> curve = result.curve();
        assertThat(curve).hasSize(MonteCarlo.CURVE_POINTS);
        assertThat(curve.get(0).loss()).isZero();
        // P(any event) = 1 - exp(-(0.04 + 0.025)) = 0.0629
        assertThat(curve.get(0).probability()).isCloseTo(1 - Math.exp(-0.065), within(4 * Math.sqrt(0.063 * 0.937 / YEARS)));
        assertThat(curve.get(curve.size() - 1).loss()).isEqualTo(result.max());
        assertThat(curve.get(curve.size() - 1).probability()).isZero();
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).loss()).isGreaterThan(curve.get(i - 1).loss());
            assertThat(curve.get(i).probability()).isLessThanOrEqualTo(curve.get(i - 1).probability());
        }
        double atP99 = curve.stream().filter(p -> p.loss() >= result.p99()).findFirst().orElseThrow().probability();
        assertThat(atP99).isLessThanOrEqualTo(0.01);
    }

    @Test
    void shouldRepeatItselfWithTheSameSeedAndNotWithAnother() {
        List<Scenario> scenarios = twoScenarios().scenarios();
        LossDistribution first = MonteCarlo.simulate(scenarios, 50_000, 42);
        assertThat(MonteCarlo.simulate(scenarios, 50_000, 42)).isEqualTo(first);
        LossDistribution other = MonteCarlo.simulate(scenarios, 50_000, 43);
        assertThat(other.mean()).isNotEqualTo(first.mean());
        assertThat(other.p99()).isNotEqualTo(first.p99());
    }

    @Test
    void shouldSimulateThePlanOnTheSameEventsThinnedByTheResidualShare() {
        Exposure exposure = twoScenarios();
        List<Safeguard> plan = List.of(safeguard("xray", 0.7, 0, 25_000, 0, HARDWARE_IMPLANT));
        EconomicsModel model = new EconomicsModel(MODEL.scenarioShares(), 3, 0.05, YEARS, 17);
        SimulationComparison comparison = MonteCarlo.compare(exposure, plan, Estimate.EXPECTED, model);
        LossDistribution alone = MonteCarlo.simulate(exposure.scenarios(), YEARS, 17);
        // the same simulated years; only the curve's grid widens to the smallest loss after the plan
        assertThat(comparison.before()).usingRecursiveComparison().ignoringFields("curve").isEqualTo(alone);
        List<Scenario> residual = SafeguardEconomics.residualScenarios(exposure, plan, Estimate.EXPECTED);
        // ALE after 36,002.70
        assertThat(comparison.after().mean()).isCloseTo(SafeguardEconomics.aleAfter(exposure, plan, Estimate.EXPECTED),
                within(4 * standardError(residual, YEARS)));
        List<ExceedancePoint> before = comparison.before().curve();
        List<ExceedancePoint> after = comparison.after().curve();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).loss()).isEqualTo(before.get(i).loss());
            assertThat(after.get(i).probability()).isLessThanOrEqualTo(before.get(i).probability());
        }
        assertThat(comparison.after().p99()).isLessThan(comparison.before().p99());
    }

    @Test
    void shouldRefuseAnAfterThatIsNotTheSameScenariosWithLowerProbabilities() {
        List<Scenario> before = twoScenarios().scenarios();
        List<Scenario> higher = List.of(before.get(0).withProbability(0.5), before.get(1));
        assertThatThrownBy(() -> MonteCarlo.compare(before, higher, 1000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonteCarlo.compare(before, before.subList(0, 1), 1000, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonteCarlo.simulate(before, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveNoLossWithoutEvents() {
        LossDistribution none = MonteCarlo.simulate(List.of(new Scenario(HARDWARE_IMPLANT, 0.0, new LossInterval(1, 2))), 1000, 1);
        assertThat(none.mean()).isZero();
        assertThat(none.p99()).isZero();
        assertThat(none.curve()).containsExactly(new ExceedancePoint(0.0, 0.0));
    }

    private static double standardError(List<Scenario> scenarios, int years) {
        double variance = 0.0;
        for (Scenario s : scenarios) {
            double mu = s.loss().mu();
            double sigma = s.loss().sigma();
            variance += s.probability() * Math.exp(2 * mu + 2 * sigma * sigma);
        }
        return Math.sqrt(variance / years);
    }
}
