package dev.custody.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The path through the tiers that drives an inherited score: from an organization down the supply link with
 * the largest contribution at each step, followed by the references of the stored explanations.
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

    /**
     * At most MAX_STEPS suppliers; ends where no supplier link contributes (or an explanation stored before
     * references has none to follow). One read per step, and one for the names and items of the whole path.
     */
    public List<Step> from(long organizationId, List<Contribution> inherited) {
        List<Contribution> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(organizationId));
        List<Contribution> contributions = inherited;
        while (path.size() < MAX_STEPS) {
            Contribution next = largestSupplier(contributions);
            if (next == null || !seen.add(next.organizationId())) {
                break;
            }
            path.add(next);
            Optional<ScoreStore.StoredContributions> below = store.contributions(next.organizationId());
            if (below.isEmpty()) {
                break;
            }
            contributions = below.get().inherited();
        }
        return steps(path);
    }

    /** The supplier contribution with the most points (the first of equals), or null. */
    static Contribution largestSupplier(List<Contribution> contributions) {
        Contribution best = null;
        for (Contribution c : contributions) {
            if (c.kind() == Contribution.Kind.SUPPLIER && c.points() > 0 && c.ref() != null
                    && c.ref().id() != null && c.organizationId() != null
                    && (best == null || c.points() > best.points())) {
                best = c;
            }
        }
        return best;
    }

    private List<Step> steps(List<Contribution> path) {
        if (path.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> links = new HashMap<>();
        em.createQuery("select l.id, s.name, l.item from SupplyLink l join l.supplier s where l.id in :ids",
                Object[].class).setParameter("ids", path.stream().map(c -> c.ref().id()).toList())
                .getResultList().forEach(r -> links.put((Long) r[0], r));
        List<Step> steps = new ArrayList<>();
        for (Contribution c : path) {
            Object[] link = links.get(c.ref().id());
            if (link == null) {
                break;
            }
            steps.add(new Step(c.organizationId(), (String) link[1], (String) link[2], c.points()));
        }
        return steps;
    }
}
