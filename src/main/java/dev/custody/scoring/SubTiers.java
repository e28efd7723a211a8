package dev.custody.scoring;

import dev.custody.network.Criticality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sub-tier tree below an organization a few levels at a time, from the scoring engine's graph (pure): most
 * critical supplier first (then largest share, then riskiest), each supplier expanded once on a page (a supplier
 * reached again is shown as such, not expanded twice: paths collapse), at most a given number of suppliers per
 * organization and of nodes in all, so a page stays small however large the network.
 */
public final class SubTiers {
    private SubTiers() {
    }

    /** How much one page shows. */
    public record Limits(int depth, int perOrganization, int nodes) {
    }

    /**
     * One supplier in the tree: the link it supplies through, its inherited score and band, and what is left out:
     * repeated (shown elsewhere on the page), hidden (more suppliers than shown), deeper (suppliers below the depth).
     */
    public record Node(long id, String name, String hqCountry, String item, double share, Criticality criticality,
            double inherited, Band riskBand, boolean repeated, int hidden, boolean deeper, List<Node> suppliers) {
    }

    /**
     * The root's suppliers to the depth of the limits; how many suppliers the page shows, and how many of the root's
     * own suppliers it leaves out.
     */
    public record Tree(long rootId, List<Node> suppliers, int shown, int hidden) {
        public boolean isEmpty() {
            return suppliers.isEmpty();
        }
    }

    /** The tree below root, breadth first so the nearest tiers fill the node budget first. */
    public static Tree of(ScoringGraph graph, long rootId, Limits limits) {
        Set<Long> shown = new HashSet<>(Set.of(rootId));
        int[] budget = {limits.nodes()};
        List<Builder> level = new ArrayList<>();
        Builder root = new Builder(null, rootId);
        level.add(root);
        for (int depth = 0; depth < limits.depth() && !level.isEmpty(); depth++) {
            List<Builder> next = new ArrayList<>();
            for (Builder b : level) {
                expand(graph, b, limits, shown, budget, next);
            }
            level = next;
        }
        for (Builder b : level) {
            b.deeper = !graph.linksOf(b.id).isEmpty();
        }
        return new Tree(rootId, root.build(), limits.nodes() - budget[0], root.hidden);
    }

    private static void expand(ScoringGraph graph, Builder parent, Limits limits, Set<Long> shown, int[] budget,
            List<Builder> next) {
        List<Facts.SupplierLink> links = new ArrayList<>(graph.linksOf(parent.id));
        links.sort(Comparator.comparing(Facts.SupplierLink::criticality).reversed()
                .thenComparing(Comparator.comparingDouble(Facts.SupplierLink::share).reversed())
                .thenComparing(Comparator.comparingDouble((Facts.SupplierLink l) -> inherited(graph, l.supplierId()))
                        .reversed())
                .thenComparing(Facts.SupplierLink::supplierName, Comparator.nullsLast(Comparator.naturalOrder())));
        int room = Math.min(limits.perOrganization(), budget[0]);
        for (Facts.SupplierLink link : links) {
            if (parent.children.size() >= room) {
                parent.hidden++;
                continue;
            }
            Builder child = new Builder(link, link.supplierId());
            NodeScore score = graph.score(link.supplierId());
            Facts.Organization o = graph.organization(link.supplierId());
            child.country = o == null || o.hq() == null ? null : o.hq().iso2();
            child.inherited = score == null ? 100.0 : score.inherited();
            child.band = score == null ? null : score.band();
            child.repeated = !shown.add(link.supplierId());
            parent.children.add(child);
            budget[0]--;
            if (!child.repeated) {
                next.add(child);
            }
        }
    }

    private static double inherited(ScoringGraph graph, long id) {
        NodeScore s = graph.score(id);
        return s == null ? 100.0 : s.inherited();
    }

    private static final class Builder {
        final Facts.SupplierLink via;
        final long id;
        final List<Builder> children = new ArrayList<>();
        String country;
        double inherited;
        Band band;
        boolean repeated;
        boolean deeper;
        int hidden;

        Builder(Facts.SupplierLink via, long id) {
            this.via = via;
            this.id = id;
        }

        List<Node> build() {
            return children.stream().map(c -> new Node(c.id, c.via.supplierName(), c.country, c.via.item(),
                    c.via.share(), c.via.criticality(), c.inherited, c.band, c.repeated, c.hidden,
                    c.deeper && !c.repeated && c.children.isEmpty(), c.build())).toList();
        }
    }
}
