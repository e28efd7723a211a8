package dev.custody.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds whose score depends on a change: the organizations above a changed one, or those using a country. */
@ApplicationScoped
public class Dependents {
    private static final String BUYERS = "select distinct l.buyer.id from SupplyLink l where l.supplier.id in :ids";
    private static final String VENDORS = "select distinct g.vendor.id from CustodyLeg g where g.handler.id in :ids";

    @Inject
    EntityManager em;

    /**
     * These organizations and everyone whose score depends on them: buyers through supply links and vendors
     * whose custody legs they handle, up to the top. Level by level with IN lists; once a level is large, the
     * rest of the walk runs in memory over all dependencies, read in one scan.
     */
    public Set<Long> withBuyers(Collection<Long> changed) {
        Set<Long> found = new LinkedHashSet<>(changed);
        List<Long> frontier = List.copyOf(found);
        while (!frontier.isEmpty()) {
            if (frontier.size() > FactsLoader.SCAN_ALL_ABOVE) {
                return walkInMemory(found, frontier);
            }
            Set<Long> next = new HashSet<>();
            for (List<Long> chunk : FactsLoader.chunks(frontier)) {
                next.addAll(ids(BUYERS, chunk));
                next.addAll(ids(VENDORS, chunk));
            }
            next.removeAll(found);
            found.addAll(next);
            frontier = new ArrayList<>(next);
        }
        return found;
    }

    /** Organizations with their HQ, a site or a custody leg in the country (whose facts then changed). */
    public Set<Long> inCountry(String iso2) {
        Set<Long> found = new HashSet<>();
        found.addAll(country("select o.id from Organization o where o.hqCountry = :iso2", iso2));
        found.addAll(country("select distinct s.organization.id from Site s where s.country = :iso2", iso2));
        found.addAll(country("select distinct g.vendor.id from CustodyLeg g where g.country = :iso2", iso2));
        return found;
    }

    private Set<Long> walkInMemory(Set<Long> found, List<Long> frontier) {
        Map<Long, List<Long>> dependents = new HashMap<>();
        for (String query : List.of("select l.supplier.id, l.buyer.id from SupplyLink l",
                "select g.handler.id, g.vendor.id from CustodyLeg g")) {
            for (Object[] r : em.createQuery(query, Object[].class).getResultList()) {
                dependents.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Long) r[1]);
            }
        }
        Deque<Long> work = new ArrayDeque<>(frontier);
        while (!work.isEmpty()) {
            for (long dependent : dependents.getOrDefault(work.poll(), List.of())) {
                if (found.add(dependent)) {
                    work.add(dependent);
                }
            }
        }
        return found;
    }

    private List<Long> ids(String query, List<Long> ids) {
        return em.createQuery(query, Long.class).setParameter("ids", ids).getResultList();
    }

    private List<Long> country(String query, String iso2) {
        return em.createQuery(query, Long.class).setParameter("iso2", iso2).getResultList();
    }
}
