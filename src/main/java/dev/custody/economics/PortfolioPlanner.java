package dev.custody.economics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Spreads one annual safeguard budget over all vendors to buy the largest net loss reduction
 * ({@code ALE reduction - cost}, at expected effectiveness).
 *
 * <p>This is the standard LP-relaxation / greedy approach to a multiple-choice knapsack: each vendor's
 * plans are reduced to their efficient frontier ({@link Frontier}, the upper concave hull of (annual cost,
 * ALE reduction) starting at the cheapest plan, which costs nothing); the steps along all hulls are bought
 * in order of falling return per money unit while the return is above 1 (a step below 1 costs more than it
 * saves) and the step fits the remaining budget; a step that does not fit closes that vendor's hull. It is
 * exact whenever the budget lands on a step boundary (it then equals the LP optimum) and when the budget
 * does not bind. Otherwise it can miss the optimum by less than the value of one step, because plans
 * inside a hull and part of a step are never bought; {@link PortfolioPlan#upperBound()} reports the LP
 * bound so the gap is visible. The net reduction it buys never falls when the budget grows. A vendor may
 * have at most {@value PlanOptimiser#MAX_CANDIDATES} candidates. Frontiers are computed in parallel
 * (common fork-join pool); the result does not depend on it.
 */
public final class PortfolioPlanner {
    private PortfolioPlanner() {
    }

    /** The allocation; a negative or non-finite budget is refused naming {@code budget}. */
    public static PortfolioPlan allocate(List<VendorCandidates> vendors, double budget, EconomicsModel model) {
        PlanOptimiser.checkBudget(budget);
        double limit = PlanOptimiser.withSlack(budget);
        vendors.forEach(vendor -> PlanOptimiser.checkCandidates(vendor.candidates()));
        Frontier[] frontiers = new Frontier[vendors.size()];
        IntStream.range(0, frontiers.length).parallel().forEach(v -> {
            VendorCandidates vendor = vendors.get(v);
            frontiers[v] = Frontier.of(vendor.exposure(), vendor.candidates(), model);
        });
        Steps steps = Steps.of(frontiers);
        int[] position = new int[frontiers.length];
        boolean[] closed = new boolean[frontiers.length];
        double spent = 0.0;
        double marginal = 0.0;
        for (int i : steps.order()) {
            int v = steps.vendor()[i];
            if (closed[v]) {
                continue;
            }
            double stepCost = steps.cost()[i];
            if (spent + stepCost <= limit) {
                spent += stepCost;
                position[v]++;
                marginal = steps.slope()[i];
            } else {
                closed[v] = true;
            }
        }
        return plan(vendors, frontiers, position, budget, marginal, steps.lpBound(frontiers, limit));
    }

    /**
     * One vendor's efficient frontier: the plans on the upper concave hull of (annual cost, ALE reduction),
     * from the cheapest (usually no safeguard) to the largest reduction, cost and reduction rising.
     */
    public static List<FrontierPoint> frontier(Exposure exposure, List<Safeguard> candidates, EconomicsModel model) {
        return Frontier.of(exposure, candidates, model).points(candidates);
    }

    private static PortfolioPlan plan(List<VendorCandidates> vendors, Frontier[] frontiers, int[] position,
            double budget, double marginal, double upperBound) {
        List<VendorAllocation> allocations = new ArrayList<>(vendors.size());
        double spent = 0.0;
        double reduction = 0.0;
        for (int v = 0; v < frontiers.length; v++) {
            Frontier f = frontiers[v];
            int at = position[v];
            VendorCandidates vendor = vendors.get(v);
            List<String> keys = PlanOptimiser.subset(vendor.candidates(), f.mask()[at]).stream()
                    .map(Safeguard::key).toList();
            allocations.add(new VendorAllocation(vendor.vendorKey(), keys, f.cost()[at], f.reduction()[at],
                    f.reduction()[at] - f.cost()[at]));
            spent += f.cost()[at];
            reduction += f.reduction()[at];
        }
        return new PortfolioPlan(budget, spent, reduction, reduction - spent, marginal,
                Math.max(upperBound, reduction - spent), allocations);
    }

    /** Every hull step worth buying (return above 1), as parallel arrays, and their order by falling return. */
    private record Steps(int[] vendor, double[] cost, double[] gain, double[] slope, int[] order) {
        static Steps of(Frontier[] frontiers) {
            int count = 0;
            for (Frontier f : frontiers) {
                count += f.size() - 1;
            }
            int[] vendor = new int[count];
            double[] cost = new double[count];
            double[] gain = new double[count];
            double[] slope = new double[count];
            int n = 0;
            for (int v = 0; v < frontiers.length; v++) {
                Frontier f = frontiers[v];
                for (int i = 0; i + 1 < f.size(); i++) {
                    double c = f.cost()[i + 1] - f.cost()[i];
                    double g = f.reduction()[i + 1] - f.reduction()[i];
                    if (g > c) {
                        vendor[n] = v;
                        cost[n] = c;
                        gain[n] = g;
                        slope[n] = g / c;
                        n++;
                    }
                }
            }
            return new Steps(vendor, cost, gain, slope, byFallingSlope(slope, n));
        }

        /** Index order by slope descending; equal slopes keep vendor and step order (the sort is stable). */
        private static int[] byFallingSlope(double[] slope, int n) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Double.compare(slope[b], slope[a]));
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }

        /** The fractional optimum: steps in order, the first that does not fit taken in part. */
        double lpBound(Frontier[] frontiers, double limit) {
            double net = 0.0;
            for (Frontier f : frontiers) {
                net += f.reduction()[0] - f.cost()[0];
            }
            double left = limit;
            for (int i : order) {
                if (cost[i] <= left) {
                    left -= cost[i];
                    net += gain[i] - cost[i];
                } else {
                    return net + (gain[i] - cost[i]) * left / cost[i];
                }
            }
            return net;
        }
    }
}
