package dev.custody.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The path through the tiers that drives an inherited score: from an organization down the supply link with
 * the largest contribution at each step, read from the stored explanations.
 */
@ApplicationScoped
public class DrivingPath {
    static final int MAX_STEPS = 8;

    /** One supplier on the path: the item it supplies to the step above and the points it adds there. */
    public record Step(long id, String name, String item, double points) {
    }

    @Inject
    EntityManager em;
    @Inject
    ScoreStore store;

    /** At most MAX_STEPS suppliers; ends where no supplier link contributes. */
    public List<Step> from(long organizationId, List<Contribution> inherited) {
        List<Step> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(organizationId));
        long current = organizationId;
        List<Contribution> contributions = inherited;
        while (path.size() < MAX_STEPS) {
            Step next = largestSupplier(current, contributions);
            if (next == null || !seen.add(next.id())) {
                break;
            }
            path.add(next);
            Optional<ScoreStore.StoredContributions> below = store.contributions(next.id());
            if (below.isEmpty()) {
                break;
            }
            contributions = below.get().inherited();
            current = next.id();
        }
        return path;
    }

    private Step largestSupplier(long buyerId, List<Contribution> contributions) {
        List<Object[]> links = em.createQuery("select s.id, s.name, l.item from SupplyLink l join l.supplier s "
                + "where l.buyer.id = :id order by l.id", Object[].class).setParameter("id", buyerId).getResultList();
        Step best = null;
        for (Contribution c : contributions) {
            if (c.kind() != Contribution.Kind.SUPPLIER || !(c.points() > 0)
                    || best != null && c.points() <= best.points()) {
                continue;
            }
            for (Object[] link : links) {
                // Propagation labels a link "<item> from <supplier> (<criticality>, share ...)"; names are unique.
                if (c.label().startsWith(link[2] + " from " + link[1] + " (")) {
                    best = new Step((Long) link[0], (String) link[1], (String) link[2], c.points());
                    break;
                }
            }
        }
        return best;
    }
}
