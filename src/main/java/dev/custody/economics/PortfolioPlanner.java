package dev.custody.economics;

import java.util.List;

/**
 * Spreads one annual safeguard budget over all vendors to buy the largest net loss reduction
 * ({@code ALE reduction - cost}, at expected effectiveness).
 *
 * <p>This is the standard LP-relaxation / greedy approach to a multiple-choice knapsack: each vendor's
 * plans are reduced to their efficient frontier, the upper concave hull of (annual cost, ALE reduction)
 * starting at the free plan; the steps along all hulls are bought in order of falling return per money
 * unit while the return is above 1 (a step below 1 costs more than it saves) and the step fits the
 * remaining budget; a step that does not fit closes that vendor's hull. It is exact whenever the budget
 * lands on a step boundary (then it equals the LP optimum) and when the budget does not bind. Otherwise
 * it can miss the optimum by less than the value of one step, because plans inside a hull and a partial
 * step are never bought; {@link PortfolioPlan#upperBound()} reports the LP bound so the gap is visible.
 * The net reduction it buys never falls when the budget grows.
 *
 * <p>Frontiers are exact: a vendor's candidates are split into those that mitigate one scenario
 * (independent per scenario given the others) and those that mitigate several; the latter are enumerated
 * and the per-scenario hulls combined by Minkowski sums. A vendor may have at most
 * {@value PlanOptimiser#MAX_CANDIDATES} candidates.
 */
public final class PortfolioPlanner {
    private PortfolioPlanner() {
    }

    /** The allocation; a negative or non-finite budget is refused naming {@code budget}. */
    public static PortfolioPlan allocate(List<VendorCandidates> vendors, double budget, EconomicsModel model) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * One vendor's efficient frontier: the plans on the upper concave hull of (annual cost, ALE reduction),
     * from the cheapest (usually no safeguard) to the largest reduction, cost and reduction rising.
     */
    public static List<FrontierPoint> frontier(Exposure exposure, List<Safeguard> candidates, EconomicsModel model) {
        throw new UnsupportedOperationException("not yet");
    }
}
