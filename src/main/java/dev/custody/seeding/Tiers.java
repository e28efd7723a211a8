package dev.custody.seeding;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives tiers over buyer -> supplier links in memory, by the rule TierService keeps in the database:
 * a vendor is tier 1, anything else one below its shallowest buyer, unreached organizations have none.
 */
final class Tiers {
    private Tiers() {
    }

    static <K> Map<K, Integer> derive(Collection<K> vendors, Map<K, ? extends Collection<K>> suppliersByBuyer) {
        Map<K, Integer> tiers = new HashMap<>();
        Deque<K> queue = new ArrayDeque<>();
        for (K vendor : vendors) {
            tiers.put(vendor, 1);
            queue.add(vendor);
        }
        // Breadth first: the first time an organization is reached is through its shallowest buyer.
        while (!queue.isEmpty()) {
            K buyer = queue.poll();
            int below = tiers.get(buyer) + 1;
            Collection<K> suppliers = suppliersByBuyer.get(buyer);
            for (K supplier : suppliers == null ? List.<K>of() : suppliers) {
                if (tiers.putIfAbsent(supplier, below) == null) {
                    queue.add(supplier);
                }
            }
        }
        return tiers;
    }
}
