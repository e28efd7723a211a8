package dev.custody.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The path through the tiers that drives an inherited score: from an organization down the supply link with the
 * largest contribution at each step, each step's explanation computed by the scoring engine.
 */
@ApplicationScoped
public class DrivingPath {
    static final int MAX_STEPS = 8;

    /** One supplier on the path: the item it supplies to the step above and the points it adds there. */
    public record Step(long id, String name, String item, double points) {
    }

    @Inject
    ScoringEngine engine;

    /** At most MAX_STEPS suppliers; ends where no supplier link contributes. */
    public List<Step> from(long organizationId, List<Contribution> inherited) {
        return engine.read(graph -> walk(graph, organizationId, inherited));
    }

    private static List<Step> walk(ScoringGraph graph, long organizationId, List<Contribution> inherited) {
        List<Step> steps = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(organizationId));
        long buyer = organizationId;
        List<Contribution> contributions = inherited;
        while (steps.size() < MAX_STEPS) {
            Contribution next = largestSupplier(contributions);
            if (next == null || !seen.add(next.organizationId())) {
                break;
            }
            Facts.SupplierLink link = graph.linksOf(buyer).stream().filter(l -> next.ref().id().equals(l.id()))
                    .findFirst().orElse(null);
            Facts.Organization supplier = graph.organization(next.organizationId());
            if (link == null || supplier == null) {
                break;
            }
            steps.add(new Step(supplier.id(), supplier.name(), link.item(), next.points()));
            buyer = supplier.id();
            ScoredOrganization below = graph.explain(buyer);
            if (below == null) {
                break;
            }
            contributions = below.inherited().contributions();
        }
        return steps;
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
}
