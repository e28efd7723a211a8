package dev.custody.economics;

import java.util.List;

/**
 * Every subset of each half of a candidate list, tabulated: its annual cost and, per scenario, the factor
 * {@code prod(1 - e_k)} left of the scenario's probability (expected effectiveness). A subset of all
 * candidates is a pair of subsets, one from each half.
 *
 * @param ale each scenario's ALE before safeguards, in the engagement's order
 * @param lowBits number of candidates in the low half (bit k of a mask is candidate k)
 */
record SubsetTables(double[] ale, int lowBits, Half low, Half high) {
    /** cost[mask] and residual[scenario][mask] of one half. */
    record Half(double[] cost, double[][] residual) {
        int size() {
            return cost.length;
        }
    }

    static SubsetTables of(Exposure exposure, List<Safeguard> candidates, EconomicsModel model) {
        List<Scenario> scenarios = exposure.scenarios();
        double[] ale = new double[scenarios.size()];
        for (int s = 0; s < ale.length; s++) {
            ale[s] = scenarios.get(s).ale();
        }
        int lowBits = candidates.size() / 2;
        return new SubsetTables(ale, lowBits, half(exposure, candidates.subList(0, lowBits), model),
                half(exposure, candidates.subList(lowBits, candidates.size()), model));
    }

    /** Builds each subset from the subset without its lowest candidate: one multiplication per entry. */
    private static Half half(Exposure exposure, List<Safeguard> part, EconomicsModel model) {
        List<Scenario> scenarios = exposure.scenarios();
        int size = 1 << part.size();
        double[] cost = new double[size];
        double[][] residual = new double[scenarios.size()][size];
        double[] costs = new double[part.size()];
        double[][] keep = new double[scenarios.size()][part.size()];
        for (int k = 0; k < part.size(); k++) {
            Safeguard safeguard = part.get(k);
            costs[k] = safeguard.annualCost(model, exposure.unitsPerYear());
            for (int s = 0; s < scenarios.size(); s++) {
                keep[s][k] = safeguard.mitigates(scenarios.get(s).key()) ? 1.0 - safeguard.effectiveness().expected() : 1.0;
            }
        }
        for (int s = 0; s < scenarios.size(); s++) {
            residual[s][0] = 1.0;
        }
        for (int mask = 1; mask < size; mask++) {
            int k = Integer.numberOfTrailingZeros(mask);
            int rest = mask & (mask - 1);
            cost[mask] = cost[rest] + costs[k];
            for (int s = 0; s < scenarios.size(); s++) {
                residual[s][mask] = residual[s][rest] * keep[s][k];
            }
        }
        return new Half(cost, residual);
    }
}
