package dev.custody.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Finds the cycle a new link buyer -> supplier would close: a path from the supplier down to the buyer.
 * Pure: the caller says how to list an organization's suppliers.
 */
public final class CycleCheck {
    private CycleCheck() {
    }

    /**
     * The cycle as organization ids, starting and ending with the buyer (buyer, supplier, ..., buyer),
     * or empty when the link keeps the network acyclic.
     */
    public static Optional<List<Long>> cycleClosedBy(long buyerId, long supplierId, LongFunction<List<Long>> suppliersOf) {
        if (buyerId == supplierId) {
            return Optional.of(List.of(buyerId, buyerId));
        }
        Map<Long, Long> reachedFrom = new HashMap<>();
        reachedFrom.put(supplierId, null);
        Deque<Long> queue = new ArrayDeque<>(List.of(supplierId));
        while (!queue.isEmpty()) {
            long current = queue.poll();
            for (long next : suppliersOf.apply(current)) {
                if (reachedFrom.containsKey(next)) {
                    continue;
                }
                reachedFrom.put(next, current);
                if (next == buyerId) {
                    return Optional.of(path(buyerId, reachedFrom));
                }
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private static List<Long> path(long buyerId, Map<Long, Long> reachedFrom) {
        List<Long> back = new ArrayList<>();
        for (Long at = buyerId; at != null; at = reachedFrom.get(at)) {
            back.add(at);
        }
        back.add(buyerId);
        Collections.reverse(back);
        return back;
    }
}
