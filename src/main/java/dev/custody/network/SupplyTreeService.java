package dev.custody.network;

import dev.custody.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the sub-tier tree below an organization, one query per tier. */
@ApplicationScoped
public class SupplyTreeService {
    public static final int MAX_DEPTH = 12;

    @Inject
    EntityManager em;
    @Inject
    OrganizationService organizations;

    public SupplyTree tree(long id, int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidInputException("depth", "must be between 1 and " + MAX_DEPTH);
        }
        Organization root = organizations.get(id);
        Map<Long, List<SupplyLink>> below = linksBelow(id, depth);
        return node(root, null, below, depth);
    }

    private SupplyTree node(Organization organization, SupplyLink via, Map<Long, List<SupplyLink>> below, int depth) {
        List<SupplyLink> links = new ArrayList<>(below.getOrDefault(organization.id, List.of()));
        links.sort(Comparator.comparing((SupplyLink l) -> l.criticality).reversed());
        List<SupplyTree> suppliers = new ArrayList<>();
        if (depth > 0) {
            for (SupplyLink link : links) {
                suppliers.add(node(link.supplier, link, below, depth - 1));
            }
        }
        return new SupplyTree(organization.id, organization.name, organization.kind, organization.hqCountry,
                organization.tier, via == null ? null : via.item, via == null ? null : via.share,
                via == null ? null : via.criticality, depth == 0 && !links.isEmpty(), suppliers);
    }

    /** The links of each buyer down to the given depth (plus one level to know where the tree was cut). */
    public Map<Long, List<SupplyLink>> linksBelow(long rootId, int depth) {
        Map<Long, List<SupplyLink>> below = new HashMap<>();
        // A supplier reached along two paths is queried once, or its links would be listed twice.
        Set<Long> queried = new HashSet<>();
        List<Long> frontier = List.of(rootId);
        for (int level = 0; level <= depth && !frontier.isEmpty(); level++) {
            queried.addAll(frontier);
            List<SupplyLink> links = em.createQuery("select l from SupplyLink l join fetch l.supplier "
                            + "where l.buyer.id in :ids order by l.share desc, l.supplier.name", SupplyLink.class)
                    .setParameter("ids", frontier).getResultList();
            List<Long> next = new ArrayList<>();
            for (SupplyLink link : links) {
                Long buyerId = link.buyer.id;
                below.computeIfAbsent(buyerId, k -> new ArrayList<>()).add(link);
                if (!queried.contains(link.supplier.id)) {
                    next.add(link.supplier.id);
                }
            }
            frontier = next.stream().distinct().toList();
        }
        return below;
    }
}
