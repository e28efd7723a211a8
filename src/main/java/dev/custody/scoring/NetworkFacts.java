package dev.custody.scoring;

import java.util.List;
import java.util.Map;

/**
 * The facts of a set of organizations: each organization's own facts, its supply links (as buyer, in link order)
 * and its custody legs (as vendor, in leg order). Suppliers and handlers may lie outside the set.
 */
public record NetworkFacts(Map<Long, Facts.Organization> organizations, Map<Long, List<Facts.SupplierLink>> links,
        Map<Long, List<Facts.Leg>> legs) {

    public List<Facts.SupplierLink> linksOf(long buyerId) {
        return links.getOrDefault(buyerId, List.of());
    }

    public List<Facts.Leg> legsOf(long vendorId) {
        return legs.getOrDefault(vendorId, List.of());
    }
}
