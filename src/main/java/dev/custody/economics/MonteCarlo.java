package dev.custody.economics;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded, reproducible simulation of annual losses (DOMAIN.md section 4): in each simulated year every
 * scenario has Poisson(p) events (several are possible), each with a lognormal loss. The same inputs and
 * seed give the same numbers (SplittableRandom; each scenario draws from its own split stream in list
 * order). Years without an event are skipped rather than drawn: the gap to a scenario's next year with
 * an event is geometric, {@code floor(Exp(1) / p)}, and that year's event count is Poisson(p) given at
 * least one, so the work grows with the number of events, not of years. Percentiles are nearest-rank.
 * The loss-exceedance curve has {@value #CURVE_POINTS} points: 0, then losses spaced logarithmically from
 * the smallest to the largest simulated non-zero annual loss.
 */
public final class MonteCarlo {
    /** Points of a loss-exceedance curve. */
    public static final int CURVE_POINTS = 40;
    private static final int MAX_EVENTS_A_YEAR = 1_000;

    private MonteCarlo() {
    }

    /** The annual loss distribution of the scenarios over {@code years} simulated years. */
    public static LossDistribution simulate(List<Scenario> scenarios, int years, long seed) {
        checkYears(years);
        double[] losses = new double[years];
        SplittableRandom root = new SplittableRandom(seed);
        for (Scenario scenario : scenarios) {
            SplittableRandom events = root.split();
            root.split();
            simulate(scenario, events, null, 1.0, losses, null);
        }
        LossSummary summary = LossSummary.of(losses);
        return summary.distribution(LossSummary.grid(summary, summary));
    }

    /**
     * Before and after from one run: {@code after} must hold the same scenarios (key and loss, in any order)
     * with probabilities no higher than {@code before}'s; each simulated event is kept after with
     * probability p'/p, which gives Poisson(p') events with the same losses. {@code before} equals
     * {@link #simulate} of the same scenarios, years and seed.
     */
    public static SimulationComparison compare(List<Scenario> before, List<Scenario> after, int years, long seed) {
        checkYears(years);
        Map<String, Scenario> residual = residualByKey(before, after);
        double[] lossesBefore = new double[years];
        double[] lossesAfter = new double[years];
        SplittableRandom root = new SplittableRandom(seed);
        for (Scenario scenario : before) {
            SplittableRandom events = root.split();
            SplittableRandom thinning = root.split();
            double p = scenario.probability();
            double keep = p > 0.0 ? residual.get(scenario.key()).probability() / p : 0.0;
            simulate(scenario, events, thinning, keep, lossesBefore, lossesAfter);
        }
        LossSummary first = LossSummary.of(lossesBefore);
        LossSummary second = LossSummary.of(lossesAfter);
        double[] grid = LossSummary.grid(first, second);
        return new SimulationComparison(first.distribution(grid), second.distribution(grid));
    }

    /** Before and after a plan of safeguards, with the model's years and seed. */
    public static SimulationComparison compare(Exposure exposure, Collection<Safeguard> plan, Estimate estimate,
            EconomicsModel model) {
        return compare(exposure.scenarios(), SafeguardEconomics.residualScenarios(exposure, plan, estimate),
                model.monteCarloYears(), model.seed());
    }

    /** Adds one scenario's events to the yearly losses; each is also added to {@code after} with probability keep. */
    private static void simulate(Scenario scenario, SplittableRandom events, SplittableRandom thinning, double keep,
            double[] before, double[] after) {
        double p = scenario.probability();
        if (!(p > 0.0)) {
            return;
        }
        double mu = scenario.loss().mu();
        double sigma = scenario.loss().sigma();
        double atLeastOne = -Math.expm1(-p);
        double none = Math.exp(-p);
        double year = -1.0;
        while (true) {
            year += Math.floor(-Math.log(1.0 - events.nextDouble()) / p) + 1.0;
            if (year >= before.length) {
                return;
            }
            int y = (int) year;
            int count = countGivenAtLeastOne(events.nextDouble() * atLeastOne, p, none);
            for (int e = 0; e < count; e++) {
                double loss = Math.exp(mu + sigma * events.nextGaussian());
                before[y] += loss;
                if (after != null && thinning.nextDouble() < keep) {
                    after[y] += loss;
                }
            }
        }
    }

    /** Inverts the Poisson(p) distribution above zero: the k >= 1 where the cumulative mass passes u. */
    private static int countGivenAtLeastOne(double u, double p, double none) {
        int k = 1;
        double term = none * p;
        double cumulative = term;
        while (u >= cumulative && k < MAX_EVENTS_A_YEAR && term > 0.0) {
            k++;
            term *= p / k;
            cumulative += term;
        }
        return k;
    }

    private static Map<String, Scenario> residualByKey(List<Scenario> before, List<Scenario> after) {
        Map<String, Scenario> byKey = new HashMap<>();
        for (Scenario scenario : after) {
            byKey.put(scenario.key(), scenario);
        }
        if (byKey.size() != before.size()) {
            throw new IllegalArgumentException("before and after must hold the same scenarios");
        }
        for (Scenario scenario : before) {
            Scenario residual = byKey.get(scenario.key());
            if (residual == null || !residual.loss().equals(scenario.loss())
                    || residual.probability() > scenario.probability()) {
                throw new IllegalArgumentException("scenario " + scenario.key()
                        + " after must have the same loss and a probability no higher than before");
            }
        }
        return byKey;
    }

    private static void checkYears(int years) {
        if (years < 1 || years > EconomicsModel.MAX_MONTE_CARLO_YEARS) {
            throw new IllegalArgumentException("years must be between 1 and " + EconomicsModel.MAX_MONTE_CARLO_YEARS);
        }
    }
}
