package dev.custody.scoring;

import java.util.Arrays;

/**
 * Propagation (DOMAIN.md section 3) over the whole portfolio on primitive arrays, for the full rescore and
 * the benchmark: nodes are organizations by index, supply links carry k*share, custody legs point to their
 * handler node (or to none: a fixed-score pseudo-supplier). Every node is computed exactly as
 * {@link Propagation#inherit}: links in input order, then legs in input order.
 *
 * <p>Nodes are stored in topological order (suppliers before buyers), so a full rescore is one pass over
 * the arrays, O(nodes + edges); an edit recomputes the node and those of its buyers, transitively, whose
 * inputs changed, in the same order, so it gives bit for bit what a full rescore would.
 *
 * <p>Cycles: supply links must be acyclic (CycleCheck refuses the others; here they are an
 * IllegalArgumentException). A custody leg can still close a cycle when its handler is itself, through
 * links or legs, a buyer above the vendor. Such a leg (every leg inside a strongly connected component,
 * whatever the input order) uses the handler's own score instead of its inherited one; {@link #cutLegs()}
 * names them so the explanation can say so.
 */
public final class ScoringGraph {
    private final ScoringModel model;
    private final int[] position;
    private final int[] nodeAt;
    private final double[] own;
    private final double[] pOwn;
    private final int[] linkStart;
    private final int[] linkTarget;
    private final double[] linkWeight;
    private final int[] legStart;
    private final int[] legTarget;
    private final double[] legScore;
    private final boolean[] legCut;
    private final double legWeight;
    private final int[] buyerStart;
    private final int[] buyers;
    private final int[] cutStart;
    private final int[] cutVendors;
    private final int[] cutLegs;
    private final double[] pEff;
    private final double[] inherited;
    private final boolean[] dirty;
    private boolean scored;

    private ScoringGraph(ScoringModel model, Edges edges, int[] order, int[] cutLegs) {
        int n = order.length;
        this.model = model;
        this.nodeAt = order;
        this.position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        this.own = new double[n];
        this.pOwn = new double[n];
        for (int p = 0; p < n; p++) {
            own[p] = Explanations.clamp(edges.own[order[p]]);
            pOwn[p] = Propagation.probability(own[p], model);
        }
        this.cutLegs = cutLegs;
        boolean[] cut = new boolean[edges.legVendor.length];
        for (int leg : cutLegs) {
            cut[leg] = true;
        }
        this.linkStart = new int[n + 1];
        this.linkTarget = new int[edges.linkBuyer.length];
        this.linkWeight = new double[edges.linkBuyer.length];
        fill(linkStart, edges.linkBuyer, edges.linkSupplier, linkTarget, edges.linkWeight, linkWeight);
        this.legStart = new int[n + 1];
        this.legTarget = new int[edges.legVendor.length];
        this.legScore = new double[edges.legVendor.length];
        fill(legStart, edges.legVendor, edges.legHandler, legTarget, edges.legScore, legScore);
        this.legCut = positionedCuts(edges, cut);
        this.legWeight = Propagation.k(model.legCriticality(), model);
        int[][] reverse = reverse(edges, cut, false);
        this.buyerStart = reverse[0];
        this.buyers = reverse[1];
        int[][] cutReverse = reverse(edges, cut, true);
        this.cutStart = cutReverse[0];
        this.cutVendors = cutReverse[1];
        this.pEff = new double[n];
        this.inherited = new double[n];
        this.dirty = new boolean[n];
    }

    /**
     * Builds the graph. linkWeight is k(criticality)*share ({@link Propagation#linkWeight}); legScore is the
     * leg's own score ({@link Propagation#legOwnScore}); legHandler -1 means a leg without a handler node.
     */
    public static ScoringGraph of(double[] ownScores, int[] linkBuyer, int[] linkSupplier, double[] linkWeight,
            int[] legVendor, int[] legHandler, double[] legScore, ScoringModel m) {
        Edges edges = new Edges(ownScores, linkBuyer, linkSupplier, linkWeight, legVendor, legHandler, legScore);
        edges.check();
        int[] buyer = concat(linkBuyer, legVendor);
        int[] supplier = concat(linkSupplier, legHandler);
        int[] order = GraphOrder.suppliersFirst(ownScores.length, buyer, supplier, null);
        int[] cut = new int[0];
        if (order == null) {
            cut = legsInsideCycles(ownScores.length, buyer, supplier, linkBuyer.length);
            boolean[] skip = new boolean[buyer.length];
            for (int leg : cut) {
                skip[linkBuyer.length + leg] = true;
            }
            order = GraphOrder.suppliersFirst(ownScores.length, buyer, supplier, skip);
            if (order == null) {
                throw new IllegalArgumentException("the supply links form a cycle");
            }
        }
        return new ScoringGraph(m, edges, order, cut);
    }

    /** Scores every node, suppliers first; returns the inherited scores by node. */
    public double[] fullRescore() {
        for (int p = 0; p < nodeAt.length; p++) {
            compute(p);
        }
        scored = true;
        return inherited();
    }

    /**
     * Sets one node's own score and recomputes it and, in topological order, every buyer above it whose
     * inputs changed. Returns the nodes whose inherited score changed, in that order.
     */
    public int[] rescoreFrom(int node, double newOwnScore) {
        if (!scored) {
            fullRescore();
        }
        int start = position[node];
        own[start] = Explanations.clamp(newOwnScore);
        pOwn[start] = Propagation.probability(own[start], model);
        dirty[start] = true;
        int first = start;
        int last = start;
        for (int i = cutStart[start]; i < cutStart[start + 1]; i++) {
            dirty[cutVendors[i]] = true;
            first = Math.min(first, cutVendors[i]);
            last = Math.max(last, cutVendors[i]);
        }
        int[] changed = new int[16];
        int count = 0;
        for (int p = first; p <= last; p++) {
            if (!dirty[p]) {
                continue;
            }
            dirty[p] = false;
            double oldP = pEff[p];
            double oldR = inherited[p];
            compute(p);
            if (inherited[p] != oldR) {
                changed = count == changed.length ? Arrays.copyOf(changed, count * 2) : changed;
                changed[count++] = nodeAt[p];
            }
            if (inherited[p] != oldR || pEff[p] != oldP) {
                for (int i = buyerStart[p]; i < buyerStart[p + 1]; i++) {
                    dirty[buyers[i]] = true;
                    last = Math.max(last, buyers[i]);
                }
            }
        }
        return Arrays.copyOf(changed, count);
    }

    /** Inherited scores by node (a copy). */
    public double[] inherited() {
        double[] byNode = new double[nodeAt.length];
        for (int p = 0; p < nodeAt.length; p++) {
            byNode[nodeAt[p]] = inherited[p];
        }
        return byNode;
    }

    /** Effective annual compromise probabilities by node (a copy). */
    public double[] effectiveProbabilities() {
        double[] byNode = new double[nodeAt.length];
        for (int p = 0; p < nodeAt.length; p++) {
            byNode[nodeAt[p]] = pEff[p];
        }
        return byNode;
    }

    public double inherited(int node) {
        return inherited[position[node]];
    }

    public double effectiveProbability(int node) {
        return pEff[position[node]];
    }

    public double ownScore(int node) {
        return own[position[node]];
    }

    /** Indices (into the legs given) of the legs that close a cycle and so use their handler's own score. */
    public int[] cutLegs() {
        return cutLegs.clone();
    }

    public int size() {
        return nodeAt.length;
    }

    private void compute(int p) {
        double survive = 1.0;
        for (int e = linkStart[p]; e < linkStart[p + 1]; e++) {
            survive *= 1.0 - linkWeight[e] * pEff[linkTarget[e]];
        }
        for (int e = legStart[p]; e < legStart[p + 1]; e++) {
            int t = legTarget[e];
            double handler = t < 0 ? 0.0 : legCut[e] ? own[t] : inherited[t];
            double score = Explanations.clamp(Math.max(legScore[e], handler));
            survive *= 1.0 - legWeight * Propagation.probability(score, model);
        }
        double p1 = Math.max(pOwn[p], 1.0 - (1.0 - pOwn[p]) * survive);
        pEff[p] = p1;
        inherited[p] = Math.max(own[p], Propagation.score(p1, model));
    }

    /** Legs whose vendor and handler lie in one strongly connected component, i.e. on a cycle. */
    private static int[] legsInsideCycles(int n, int[] buyer, int[] supplier, int links) {
        int[] component = GraphOrder.components(n, buyer, supplier);
        return java.util.stream.IntStream.range(links, buyer.length)
                .filter(e -> supplier[e] >= 0 && component[buyer[e]] == component[supplier[e]])
                .map(e -> e - links).toArray();
    }

    /** A CSR by source position, keeping input order within a source; targets as positions (-1 stays -1). */
    private void fill(int[] start, int[] from, int[] to, int[] target, double[] value, double[] valueOut) {
        for (int f : from) {
            start[position[f] + 1]++;
        }
        for (int p = 0; p + 1 < start.length; p++) {
            start[p + 1] += start[p];
        }
        int[] cursor = Arrays.copyOf(start, start.length - 1);
        for (int e = 0; e < from.length; e++) {
            int slot = cursor[position[from[e]]]++;
            target[slot] = to[e] < 0 ? -1 : position[to[e]];
            valueOut[slot] = value[e];
        }
    }

    private boolean[] positionedCuts(Edges edges, boolean[] cut) {
        boolean[] out = new boolean[cut.length];
        int[] cursor = Arrays.copyOf(legStart, legStart.length - 1);
        for (int e = 0; e < cut.length; e++) {
            out[cursor[position[edges.legVendor[e]]]++] = cut[e];
        }
        return out;
    }

    /** Buyers by supplier position over links and kept legs, or (cutOnly) vendors by handler over cut legs. */
    private int[][] reverse(Edges edges, boolean[] cut, boolean cutOnly) {
        int n = nodeAt.length;
        int[] from = cutOnly ? new int[0] : edges.linkSupplier;
        int[] to = cutOnly ? new int[0] : edges.linkBuyer;
        int[] start = new int[n + 1];
        int[] fromAll = concat(from, edges.legHandler);
        int[] toAll = concat(to, edges.legVendor);
        boolean[] use = new boolean[fromAll.length];
        for (int e = 0; e < fromAll.length; e++) {
            boolean isLeg = e >= from.length;
            use[e] = fromAll[e] >= 0 && (!isLeg || cut[e - from.length] == cutOnly);
            if (use[e]) {
                start[position[fromAll[e]] + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            start[p + 1] += start[p];
        }
        int[] cursor = Arrays.copyOf(start, n);
        int[] adjacent = new int[start[n]];
        for (int e = 0; e < fromAll.length; e++) {
            if (use[e]) {
                adjacent[cursor[position[fromAll[e]]]++] = position[toAll[e]];
            }
        }
        return new int[][] {start, adjacent};
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private record Edges(double[] own, int[] linkBuyer, int[] linkSupplier, double[] linkWeight, int[] legVendor,
            int[] legHandler, double[] legScore) {
        void check() {
            if (linkSupplier.length != linkBuyer.length || linkWeight.length != linkBuyer.length
                    || legHandler.length != legVendor.length || legScore.length != legVendor.length) {
                throw new IllegalArgumentException("the arrays of links and of legs must have equal lengths");
            }
            int n = own.length;
            for (int e = 0; e < linkBuyer.length; e++) {
                if (outside(linkBuyer[e], n) || outside(linkSupplier[e], n)) {
                    throw new IllegalArgumentException("link " + e + " names a node outside 0.." + (n - 1));
                }
                if (!(linkWeight[e] >= 0.0 && linkWeight[e] <= 1.0)) {
                    throw new IllegalArgumentException("link " + e + " has a weight k*share outside 0..1");
                }
            }
            for (int e = 0; e < legVendor.length; e++) {
                if (outside(legVendor[e], n) || legHandler[e] < -1 || legHandler[e] >= n) {
                    throw new IllegalArgumentException("leg " + e + " names a node outside 0.." + (n - 1));
                }
            }
        }

        private static boolean outside(int node, int n) {
            return node < 0 || node >= n;
        }
    }
}
