package dev.custody.economics;

import dev.custody.web.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The safeguard plan of one engagement: the subset of candidates that maximises
 * {@code ALE_before - ALE_after - annual cost} at expected effectiveness, optionally with the annual cost
 * within a budget. Exact: every subset is enumerated (the two halves of the candidate list are enumerated
 * separately and combined in a tight loop over primitive arrays), so at most {@value #MAX_CANDIDATES}
 * candidates are accepted; 2^20 subsets take a few milliseconds. Ties go to the cheaper plan, then to the
 * one found first. A plan whose cost exceeds the budget by rounding only (relative 1e-12) still counts as
 * within it.
 */
public final class PlanOptimiser {
    /** Most candidates an exact search accepts. */
    public static final int MAX_CANDIDATES = 20;
    private static final double BUDGET_SLACK = 1e-12;

    private PlanOptimiser() {
    }

    /**
     * The best plan.
     *
     * @param candidates distinct keys, at most {@value #MAX_CANDIDATES} (more is refused naming
     *     {@code safeguards})
     * @param budget maximum annual cost of the plan, null for none (negative or not finite is refused
     *     naming {@code budget})
     */
    public static Plan optimise(Exposure exposure, List<Safeguard> candidates, EconomicsModel model, Double budget) {
        checkCandidates(candidates);
        double limit = budget == null ? Double.POSITIVE_INFINITY : withSlack(checkBudget(budget));
        int best = bestSubset(SubsetTables.of(exposure, candidates, model), limit);
        return SafeguardEconomics.evaluate(exposure, subset(candidates, best), candidates, model, budget);
    }

    /** Refuses more than {@value #MAX_CANDIDATES} candidates or a key given twice. */
    static void checkCandidates(List<Safeguard> candidates) {
        Checks.present("safeguards", candidates);
        if (candidates.size() > MAX_CANDIDATES) {
            throw new InvalidInputException("safeguards", "an exact plan considers at most " + MAX_CANDIDATES
                    + " candidate safeguards, " + candidates.size() + " were given");
        }
        Set<String> keys = new HashSet<>();
        for (Safeguard candidate : candidates) {
            if (!keys.add(Checks.present("safeguards", candidate).key())) {
                throw new InvalidInputException("safeguards", "safeguard " + candidate.key() + " is given twice");
            }
        }
    }

    static double checkBudget(double budget) {
        return Checks.nonNegative("budget", budget);
    }

    static double withSlack(double budget) {
        return budget + BUDGET_SLACK * Math.max(1.0, budget);
    }

    /** The candidates whose bits are set in mask, in candidate order. */
    static List<Safeguard> subset(List<Safeguard> candidates, int mask) {
        List<Safeguard> chosen = new ArrayList<>(Integer.bitCount(mask));
        for (int k = 0; k < candidates.size(); k++) {
            if ((mask & (1 << k)) != 0) {
                chosen.add(candidates.get(k));
            }
        }
        return chosen;
    }

    /** Minimises cost + residual ALE over lowHalf x highHalf; returns the winning candidate mask. */
    private static int bestSubset(SubsetTables t, double limit) {
        SubsetTables.Half low = t.low();
        SubsetTables.Half high = t.high();
        int scenarios = t.ale().length;
        double[] total = new double[low.size()];
        double[] weights = new double[scenarios];
        double bestValue = Double.POSITIVE_INFINITY;
        double bestCost = Double.POSITIVE_INFINITY;
        int best = 0;
        for (int h = 0; h < high.size(); h++) {
            double costHigh = high.cost()[h];
            if (costHigh > limit) {
                continue;
            }
            for (int s = 0; s < scenarios; s++) {
                weights[s] = t.ale()[s] * high.residual()[s][h];
            }
            fill(total, low, weights, costHigh);
            for (int l = 0; l < total.length; l++) {
                double value = total[l];
                if (value <= bestValue) {
                    double cost = costHigh + low.cost()[l];
                    if (cost <= limit && (value < bestValue || cost < bestCost)) {
                        bestValue = value;
                        bestCost = cost;
                        best = (h << t.lowBits()) | l;
                    }
                }
            }
        }
        return best;
    }

    /** total[l] = costHigh + cost[l] + sum_s weights[s] * residual[s][l] (vectorisable loops). */
    private static void fill(double[] total, SubsetTables.Half low, double[] weights, double costHigh) {
        double[] cost = low.cost();
        for (int l = 0; l < total.length; l++) {
            total[l] = costHigh + cost[l];
        }
        for (int s = 0; s < weights.length; s++) {
            double w = weights[s];
            double[] residual = low.residual()[s];
            for (int l = 0; l < total.length; l++) {
                total[l] += w * residual[l];
            }
        }
    }
}
