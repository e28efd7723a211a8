package dev.custody.economics;

import java.util.Collection;
import java.util.List;

/**
 * Seeded, reproducible simulation of annual losses (DOMAIN.md section 4): in each simulated year every
 * scenario has Poisson(p) events (several are possible), each with a lognormal loss. The same inputs and
 * seed give the same numbers. The loss-exceedance curve has {@value #CURVE_POINTS} points: 0, then
 * losses spaced logarithmically from the smallest to the largest simulated non-zero annual loss.
 */
public final class MonteCarlo {
    /** Points of a loss-exceedance curve. */
    public static final int CURVE_POINTS = 40;

    private MonteCarlo() {
    }

    /** The annual loss distribution of the scenarios over {@code years} simulated years. */
    public static LossDistribution simulate(List<Scenario> scenarios, int years, long seed) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Before and after from one run: {@code after} must hold the same scenarios (key and loss, in any order)
     * with probabilities no higher than {@code before}'s; each simulated event is kept after with
     * probability p'/p, which gives Poisson(p') events with the same losses.
     */
    public static SimulationComparison compare(List<Scenario> before, List<Scenario> after, int years, long seed) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Before and after a plan of safeguards, with the model's years and seed. */
    public static SimulationComparison compare(Exposure exposure, Collection<Safeguard> plan, Estimate estimate,
            EconomicsModel model) {
        return compare(exposure.scenarios(), SafeguardEconomics.residualScenarios(exposure, plan, estimate),
                model.monteCarloYears(), model.seed());
    }
}
