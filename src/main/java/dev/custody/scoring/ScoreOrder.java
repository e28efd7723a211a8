package dev.custody.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which inherited scores are computed: every supplier and custody-leg handler before the
 * organization that depends on it. Supply links form a DAG, but custody legs can close a cycle (a handler
 * that buys, directly or below, from the vendor whose leg it handles). As in ScoringGraph, a leg whose handler
 * lies in its vendor's strongly connected component counts with the handler's own score, every other
 * dependency with the inherited score. Over a set closed under buyers (every organization that depends on a
 * member is a member) the components are those of the whole network, so an incremental rescore decides
 * exactly as a full one.
 */
public final class ScoreOrder {
    private final List<Long> order;
    private final Map<Long, Integer> component;

    private ScoreOrder(List<Long> order, Map<Long, Integer> component) {
        this.order = order;
        this.component = component;
    }

    /** Members only, suppliers and handlers first (dependencies outside the set are known already). */
    public List<Long> order() {
        return order;
    }

    /** Whether a and b lie on one cycle (a leg of a handled by b then counts b's own score). */
    public boolean sameComponent(long a, long b) {
        Integer ca = component.get(a);
        return ca != null && ca.equals(component.get(b));
    }

    public static ScoreOrder of(NetworkFacts facts) {
        long[] ids = facts.organizations().keySet().stream().mapToLong(Long::longValue).toArray();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        List<int[]> edges = new ArrayList<>();
        for (int v = 0; v < ids.length; v++) {
            for (Facts.SupplierLink link : facts.linksOf(ids[v])) {
                addEdge(edges, v, index.get(link.supplierId()));
            }
        }
        int links = edges.size();
        for (int v = 0; v < ids.length; v++) {
            for (Facts.Leg leg : facts.legsOf(ids[v])) {
                addEdge(edges, v, index.get(leg.handlerId()));
            }
        }
        int[] buyer = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] supplier = edges.stream().mapToInt(e -> e[1]).toArray();
        int[] comp = GraphOrder.components(ids.length, buyer, supplier);
        boolean[] cut = new boolean[buyer.length];
        for (int e = links; e < buyer.length; e++) {
            cut[e] = comp[buyer[e]] == comp[supplier[e]];
        }
        int[] sorted = GraphOrder.suppliersFirst(ids.length, buyer, supplier, cut);
        if (sorted == null) {
            throw new IllegalStateException("the supply links form a cycle");
        }
        List<Long> order = new ArrayList<>(ids.length);
        Map<Long, Integer> component = new HashMap<>();
        for (int v : sorted) {
            order.add(ids[v]);
        }
        for (int v = 0; v < ids.length; v++) {
            component.put(ids[v], comp[v]);
        }
        return new ScoreOrder(order, component);
    }

    private static void addEdge(List<int[]> edges, int from, Integer to) {
        if (to != null) {
            edges.add(new int[] {from, to});
        }
    }
}
