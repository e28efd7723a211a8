package dev.custody.economics;

import java.util.List;

/**
 * The safeguard plan of one engagement: the subset of candidates that maximises
 * {@code ALE_before - ALE_after - annual cost} at expected effectiveness, optionally with the annual cost
 * within a budget. Exact: every subset is enumerated (the two halves of the candidate list are enumerated
 * separately and combined in a tight loop over primitive arrays), so at most {@value #MAX_CANDIDATES}
 * candidates are accepted; 2^20 subsets take a few milliseconds. Ties go to the cheaper plan, then to the
 * one found first.
 */
public final class PlanOptimiser {
    /** Most candidates an exact search accepts. */
    public static final int MAX_CANDIDATES = 20;

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
        throw new UnsupportedOperationException("not yet");
    }
}
