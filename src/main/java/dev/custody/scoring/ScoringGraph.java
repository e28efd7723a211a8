package dev.custody.scoring;

import dev.custody.network.InsiderFactor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole network's scores in memory, kept current edit by edit: the facts of every organization, its supply links
 * (grouped by item) and custody legs, and each organization's own and inherited score at the three ends of its range
 * (low, expected, high; under model version 1 the three are equal). Runs the formulas of {@link Propagation} and the
 * own-score calculators; nothing here reads a database or a clock.
 *
 * <p>Edits (put, setLinks, setLegs, remove, setModel, setToday) only mark what changed; {@link #rescore()} then
 * computes the own scores marked and the inherited scores of every organization that depends on them, suppliers
 * first, and answers which organizations' numbers changed. An incremental rescore gives exactly what a full one
 * would. Not thread-safe: the caller serialises edits and guards reads against them.
 *
 * <p>Dependencies: a buyer depends on its suppliers' inherited scores. Under version 2 a vendor depends on the own
 * score of each custody leg's handler, which cannot close a cycle. Under version 1 it depends on the handler's
 * inherited score; a leg whose handler lies on a cycle with its vendor counts the handler's own score instead.
 */
public final class ScoringGraph {
    private static final int[] NO_INTS = {};
    private static final double[] NO_DOUBLES = {};
    private static final Facts.SupplierLink[] NO_LINKS = {};
    private static final Facts.Leg[] NO_LEGS = {};

    private ScoringModel model;
    private LocalDate today;
    private final Map<Long, Integer> index = new HashMap<>();
    private final Map<Facts.Country, Double> countryScores = new IdentityHashMap<>();
    private int capacity;
    private int size;
    private int[] free = NO_INTS;
    private int freeCount;

    private long[] ids;
    private boolean[] live;
    private Facts.Organization[] facts;
    /** Per buyer: its links grouped by item (items in first-seen order), and the start of each item group. */
    private Facts.SupplierLink[][] links;
    private int[][] itemStart;
    private int[][] supplier;
    private double[][] k;
    private double[][] share;
    /** Per supplier: the buyers of its links (a buyer once per link). */
    private IntList[] buyers;
    private Facts.Leg[][] legs;
    private int[][] legHandler;
    /** Per leg: its country's G (legs' own scores and the version 2 rule are computed from it). */
    private double[][] legG;
    /** Per handler: the vendors of the legs it handles (a vendor once per leg). */
    private IntList[] handled;

    private double[] geography;
    private double[] incident;
    private double[] assessedShare;
    private double[][] insider;
    private double[][] own;
    private double[][] tau;
    private double[][] base;
    private double[][] pBase;
    private double[][] score;
    private double[][] pEff;

    private boolean[] ownDirty;
    private boolean[] edgeDirty;
    private int[] dirtyList = NO_INTS;
    private int dirtyCount;
    /** Version 1 only: legs whose handler lies on a cycle with their vendor; null until a rescore needs them. */
    private boolean[][] cutLegs;

    private int[] stamp;
    private int[] changedStamp;
    private int stampValue;
    /** Version 2's order: every organization's level is above each of its suppliers' (0 without suppliers). */
    private int[] level;
    /** Scratch: the position of an affected organization in the list being ordered. */
    private int[] slot;
    /** While rescore(before) runs: where the numbers of organizations are noted before they change. */
    private Map<Long, NodeScore> previous;

    /** An empty graph under this model, scoring as of today. */
    public ScoringGraph(ScoringModel model, LocalDate today) {
        this.model = model;
        this.today = today;
        grow(16);
    }

    /** A graph of these facts (suppliers and handlers outside them count as unknown), scored. */
    public static ScoringGraph of(NetworkFacts network, ScoringModel model, LocalDate today) {
        ScoringGraph graph = new ScoringGraph(model, today);
        graph.apply(network, List.of());
        graph.rescore();
        return graph;
    }

    /** A new graph of the same facts under another model, scored (for a preview; this graph is untouched). */
    public ScoringGraph copyWith(ScoringModel other) {
        ScoringGraph copy = new ScoringGraph(other, today);
        for (int v = 0; v < size; v++) {
            if (facts[v] != null) {
                copy.put(facts[v]);
            }
        }
        for (int v = 0; v < size; v++) {
            if (live[v] && (links[v].length > 0 || legs[v].length > 0)) {
                copy.setLinks(ids[v], List.of(links[v]));
                copy.setLegs(ids[v], List.of(legs[v]));
            }
        }
        copy.rescore();
        return copy;
    }

    // ---- edits -------------------------------------------------------------------------------------------------

    /**
     * Puts these organizations (new or changed facts, with their links as buyer and legs as vendor, replacing the
     * ones known) and removes the others named.
     */
    public void apply(NetworkFacts changed, Collection<Long> removed) {
        for (long id : removed) {
            remove(id);
        }
        for (Facts.Organization o : changed.organizations().values()) {
            put(o);
        }
        for (long id : changed.organizations().keySet()) {
            setLinks(id, changed.linksOf(id));
            setLegs(id, changed.legsOf(id));
        }
    }

    /** Adds an organization or replaces its facts (its links and legs stay as they are). */
    public void put(Facts.Organization organization) {
        int v = nodeOf(organization.id());
        facts[v] = organization;
        markOwn(v);
    }

    /** Replaces the supply links of a buyer (suppliers not yet in the graph are added without facts). */
    public void setLinks(long buyerId, List<Facts.SupplierLink> buyerLinks) {
        int v = nodeOf(buyerId);
        for (int u : supplier[v]) {
            buyers[u].remove(v);
        }
        Facts.SupplierLink[] grouped = grouped(buyerLinks);
        links[v] = grouped;
        supplier[v] = new int[grouped.length];
        k[v] = new double[grouped.length];
        share[v] = new double[grouped.length];
        for (int e = 0; e < grouped.length; e++) {
            int u = nodeOf(grouped[e].supplierId());
            supplier[v][e] = u;
            buyers[u].add(v);
        }
        weighLinks(v);
        raiseLevel(v);
        markEdges(v);
    }

    /** Replaces the custody legs of a vendor. */
    public void setLegs(long vendorId, List<Facts.Leg> vendorLegs) {
        int v = nodeOf(vendorId);
        for (int h : legHandler[v]) {
            if (h >= 0) {
                handled[h].remove(v);
            }
        }
        legs[v] = vendorLegs.toArray(NO_LEGS);
        legHandler[v] = new int[legs[v].length];
        legG[v] = new double[legs[v].length];
        for (int j = 0; j < legs[v].length; j++) {
            int h = nodeOf(legs[v][j].handlerId());
            legHandler[v][j] = h;
            handled[h].add(v);
        }
        weighLegs(v);
        markEdges(v);
    }

    /** Removes an organization, its links and legs, and the links and legs that name it. */
    public void remove(long id) {
        Integer found = index.get(id);
        if (found == null) {
            return;
        }
        int v = found;
        setLinks(id, List.of());
        setLegs(id, List.of());
        for (int buyer : buyers[v].distinct()) {
            List<Facts.SupplierLink> kept = new ArrayList<>();
            for (Facts.SupplierLink link : links[buyer]) {
                if (link.supplierId() != id) {
                    kept.add(link);
                }
            }
            setLinks(ids[buyer], kept);
        }
        for (int vendor : handled[v].distinct()) {
            List<Facts.Leg> kept = new ArrayList<>();
            for (Facts.Leg leg : legs[vendor]) {
                if (leg.handlerId() != id) {
                    kept.add(leg);
                }
            }
            setLegs(ids[vendor], kept);
        }
        index.remove(id);
        facts[v] = null;
        live[v] = false;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, Math.max(16, free.length * 2));
        }
        free[freeCount++] = v;
        ownDirty[v] = false;
        edgeDirty[v] = false;
    }

    /** Scores everything with another model at the next rescore. */
    public void setModel(ScoringModel newModel) {
        this.model = newModel;
        countryScores.clear();
        cutLegs = null;
        for (int v = 0; v < size; v++) {
            if (live[v]) {
                weighLinks(v);
                weighLegs(v);
                markOwn(v);
            }
        }
    }

    /** Scores as of another day at the next rescore (incidents decay, assessments go stale). */
    public void setToday(LocalDate day) {
        if (day.equals(today)) {
            return;
        }
        this.today = day;
        for (int v = 0; v < size; v++) {
            if (facts[v] != null) {
                markOwn(v);
            }
        }
    }

    // ---- rescore -----------------------------------------------------------------------------------------------

    /**
     * Computes what the edits since the last rescore marked: own scores first, then the inherited scores of every
     * organization depending on them, suppliers first. Returns the ids whose stored numbers changed.
     */
    public long[] rescore() {
        return rescore(null);
    }

    /**
     * As rescore(), and records in before the numbers each changed organization had before it (organizations never
     * scored yet are left out): what the engine had persisted, so that only a history row that is due is written.
     */
    public long[] rescore(Map<Long, NodeScore> before) {
        previous = before;
        try {
            long[] changed = rescoreMarked();
            if (before != null) {
                java.util.Set<Long> kept = new java.util.HashSet<>();
                for (long id : changed) {
                    kept.add(id);
                }
                before.keySet().retainAll(kept);
            }
            return changed;
        } finally {
            previous = null;
        }
    }

    private long[] rescoreMarked() {
        int[] marked = Arrays.copyOf(dirtyList, dirtyCount);
        dirtyCount = 0;
        IntList ownChanged = new IntList();
        IntList changed = new IntList();
        int mark = nextStamp();
        for (int v : marked) {
            if (ownDirty[v]) {
                ownDirty[v] = false;
                if (computeOwn(v)) {
                    ownChanged.add(v);
                    if (changedStamp[v] != mark) {
                        changedStamp[v] = mark;
                        changed.add(v);
                    }
                }
            }
        }
        if (model.ranged()) {
            propagateByLevel(marked, ownChanged, changed, mark);
        } else {
            propagateInOrder(marked, ownChanged, changed, mark);
        }
        long[] out = new long[changed.size()];
        int count = 0;
        for (int i = 0; i < changed.size(); i++) {
            int v = changed.get(i);
            if (facts[v] != null) {
                out[count++] = ids[v];
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * Version 2: inherited scores level by level (a buyer's level is above each supplier's), starting from the marked
     * organizations and the vendors whose leg handlers' own scores changed, and going up to a buyer only when a
     * supplier's numbers changed. Legs depend on own scores only, so there is no cycle.
     */
    private void propagateByLevel(int[] marked, IntList ownChanged, IntList changed, int mark) {
        int queued = nextStamp();
        List<IntList> buckets = new ArrayList<>();
        for (int v : marked) {
            if (isNode(v)) {
                edgeDirty[v] = false;
                enqueue(buckets, v, queued);
            }
        }
        for (int i = 0; i < ownChanged.size(); i++) {
            for (int vendor : handled[ownChanged.get(i)].toArray()) {
                enqueue(buckets, vendor, queued);
            }
        }
        Propagation.Result result = new Propagation.Result();
        NodeView view = new NodeView();
        for (int lvl = 0; lvl < buckets.size(); lvl++) {
            IntList bucket = buckets.get(lvl);
            for (int i = 0; bucket != null && i < bucket.size(); i++) {
                int v = bucket.get(i);
                if (computeInherited(v, view, result)) {
                    if (changedStamp[v] != mark) {
                        changedStamp[v] = mark;
                        changed.add(v);
                    }
                    IntList up = buyers[v];
                    for (int j = 0; j < up.size(); j++) {
                        enqueue(buckets, up.get(j), queued);
                    }
                }
            }
        }
    }

    private void enqueue(List<IntList> buckets, int v, int queued) {
        if (stamp[v] == queued) {
            return;
        }
        stamp[v] = queued;
        while (buckets.size() <= level[v]) {
            buckets.add(null);
        }
        IntList bucket = buckets.get(level[v]);
        if (bucket == null) {
            bucket = new IntList();
            buckets.set(level[v], bucket);
        }
        bucket.add(v);
    }

    /** Version 1: every organization depending on the marked ones, in an order with suppliers and handlers first. */
    private void propagateInOrder(int[] marked, IntList ownChanged, IntList changed, int mark) {
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < ownChanged.size(); i++) {
            own.add(ownChanged.get(i));
        }
        int[] affected = affected(marked, own);
        for (int v : affected) {
            edgeDirty[v] = false;
        }
        int[] order = order(affected);
        Propagation.Result result = new Propagation.Result();
        NodeView view = new NodeView();
        for (int v : order) {
            if (computeInherited(v, view, result) && changedStamp[v] != mark) {
                changedStamp[v] = mark;
                changed.add(v);
            }
        }
    }

    /** Raises the level of v above its suppliers', and of its buyers above it in turn (levels only rise). */
    private void raiseLevel(int start) {
        IntList work = new IntList();
        work.add(start);
        for (int i = 0; i < work.size(); i++) {
            int v = work.get(i);
            int needed = 0;
            for (int u : supplier[v]) {
                if (u != v) {
                    needed = Math.max(needed, level[u] + 1);
                }
            }
            if (needed <= level[v] && v != start) {
                continue;
            }
            level[v] = Math.max(level[v], needed);
            if (level[v] > size) {
                throw new IllegalStateException("the supply links form a cycle");
            }
            IntList up = buyers[v];
            for (int j = 0; j < up.size(); j++) {
                if (level[up.get(j)] <= level[v]) {
                    work.add(up.get(j));
                }
            }
        }
    }

    /** Marks every organization for a full rescore and runs it. */
    public long[] rescoreAll() {
        for (int v = 0; v < size; v++) {
            if (live[v]) {
                markOwn(v);
                markEdges(v);
            }
        }
        cutLegs = null;
        return rescore();
    }

    /** Notes v's numbers before they are recomputed, when a caller asked for them (rescore(before)). */
    private void remember(int v) {
        if (previous != null && facts[v] != null && !Double.isNaN(score[1][v]) && !previous.containsKey(ids[v])) {
            previous.put(ids[v], score(ids[v]));
        }
    }

    private boolean computeOwn(int v) {
        remember(v);
        double[] before = {own[0][v], own[1][v], own[2][v], tau[0][v], tau[1][v], tau[2][v], geography[v],
            insider[1][v], incident[v]};
        Facts.Organization o = facts[v];
        if (o == null) {
            // A supplier or handler named by a link or leg but not (yet) known: counts as the worst score.
            for (int r = 0; r < 3; r++) {
                own[r][v] = 100.0;
                insider[r][v] = 100.0;
                tau[r][v] = model.ranged() ? Propagation.passThrough(InsiderFactor.WORST, model) : 1.0;
            }
            geography[v] = 100.0;
            incident[v] = 0.0;
            assessedShare[v] = 0.0;
        } else {
            OwnScore s = OwnScoreCalculator.numbers(o, today, model, this::countryScore);
            own[0][v] = s.low();
            own[1][v] = s.score();
            own[2][v] = s.high();
            geography[v] = s.geography().score();
            incident[v] = s.incident().score();
            insider[0][v] = s.insider().low();
            insider[1][v] = s.insider().score();
            insider[2][v] = s.insider().high();
            assessedShare[v] = s.assessedShare();
            InsiderCalculator.Counted inspection = InsiderCalculator.factor(o.latestAssessment(),
                    InsiderFactor.INCOMING_INSPECTION, today, model);
            tau[0][v] = Propagation.passThrough(inspection.low(), model);
            tau[1][v] = Propagation.passThrough(inspection.expected(), model);
            tau[2][v] = Propagation.passThrough(inspection.high(), model);
        }
        double[] after = {own[0][v], own[1][v], own[2][v], tau[0][v], tau[1][v], tau[2][v], geography[v],
            insider[1][v], incident[v]};
        return !Arrays.equals(before, after);
    }

    private boolean computeInherited(int v, NodeView view, Propagation.Result result) {
        remember(v);
        boolean changed = false;
        int ends = model.ranged() ? 3 : 1;
        for (int e = 0; e < ends; e++) {
            int end = model.ranged() ? e : Propagation.EXPECTED;
            view.at(v, end);
            Propagation.inherit(own[end][v], tau[end][v], view, model, result, null);
            changed |= set(base, end, v, result.base) | set(score, end, v, result.score) | set(pEff, end, v, result.pEff);
            pBase[end][v] = Propagation.probability(result.base, model);
        }
        if (!model.ranged()) {
            for (int end : new int[] {Propagation.LOW, Propagation.HIGH}) {
                base[end][v] = base[Propagation.EXPECTED][v];
                pBase[end][v] = pBase[Propagation.EXPECTED][v];
                score[end][v] = score[Propagation.EXPECTED][v];
                pEff[end][v] = pEff[Propagation.EXPECTED][v];
            }
        }
        return changed;
    }

    private static boolean set(double[][] values, int end, int v, double value) {
        boolean changed = Double.compare(values[end][v], value) != 0;
        values[end][v] = value;
        return changed;
    }

    /** The marked organizations and everyone depending on them, transitively. */
    private int[] affected(int[] marked, List<Integer> ownChanged) {
        int mark = nextStamp();
        IntList found = new IntList();
        for (int v : marked) {
            if (stamp[v] != mark && isNode(v)) {
                stamp[v] = mark;
                found.add(v);
            }
        }
        for (int v : ownChanged) {
            // A handler's own score feeds the legs it handles (version 2; under version 1 they follow below).
            for (int vendor : handled[v].toArray()) {
                if (stamp[vendor] != mark) {
                    stamp[vendor] = mark;
                    found.add(vendor);
                }
            }
        }
        for (int i = 0; i < found.size(); i++) {
            int v = found.get(i);
            addAll(found, buyers[v], mark);
            if (!model.ranged()) {
                addAll(found, handled[v], mark);
            }
        }
        return found.toArray();
    }

    private void addAll(IntList found, IntList next, int mark) {
        for (int j = 0; j < next.size(); j++) {
            int u = next.get(j);
            if (stamp[u] != mark) {
                stamp[u] = mark;
                found.add(u);
            }
        }
    }

    /** The affected organizations, each after its affected suppliers (and, under version 1, handlers). */
    private int[] order(int[] affected) {
        int mark = nextStamp();
        for (int v : affected) {
            stamp[v] = mark;
        }
        int[] waiting = new int[affected.length];
        for (int i = 0; i < affected.length; i++) {
            slot[affected[i]] = i;
        }
        IntList queue = new IntList();
        for (int i = 0; i < affected.length; i++) {
            int v = affected[i];
            int count = 0;
            for (int u : supplier[v]) {
                count += stamp[u] == mark && u != v ? 1 : 0;
            }
            if (!model.ranged()) {
                for (int j = 0; j < legHandler[v].length; j++) {
                    int h = legHandler[v][j];
                    count += stamp[h] == mark && h != v && !cut(v, j) ? 1 : 0;
                }
            }
            waiting[i] = count;
            if (count == 0) {
                queue.add(v);
            }
        }
        for (int head = 0; head < queue.size(); head++) {
            int u = queue.get(head);
            release(buyers[u], u, mark, waiting, queue, false);
            if (!model.ranged()) {
                release(handled[u], u, mark, waiting, queue, true);
            }
        }
        if (queue.size() < affected.length) {
            if (model.ranged() || cutLegs != null) {
                throw new IllegalStateException("the supply links form a cycle");
            }
            findCutLegs();
            return order(affected);
        }
        return queue.toArray();
    }

    private void release(IntList dependents, int u, int mark, int[] waiting, IntList queue, boolean viaLegs) {
        for (int j = 0; j < dependents.size(); j++) {
            int w = dependents.get(j);
            if (stamp[w] != mark || w == u || viaLegs && cutLegOf(w, u)) {
                continue;
            }
            if (--waiting[slot[w]] == 0) {
                queue.add(w);
            }
        }
    }

    /** Whether every leg of vendor handled by u is cut (they are cut or kept together: same component). */
    private boolean cutLegOf(int vendor, int handler) {
        for (int j = 0; j < legHandler[vendor].length; j++) {
            if (legHandler[vendor][j] == handler) {
                return cut(vendor, j);
            }
        }
        return false;
    }

    /** A leg the vendor handles itself is always on a cycle; others when findCutLegs found them so. */
    private boolean cut(int vendor, int leg) {
        return legHandler[vendor][leg] == vendor || cutLegs != null && cutLegs[vendor] != null && cutLegs[vendor][leg];
    }

    /** Version 1: marks the legs whose vendor and handler lie in one strongly connected component. */
    private void findCutLegs() {
        List<int[]> edges = new ArrayList<>();
        for (int v = 0; v < size; v++) {
            for (int u : supplier[v]) {
                edges.add(new int[] {v, u});
            }
            for (int h : legHandler[v]) {
                edges.add(new int[] {v, h});
            }
        }
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        int[] component = GraphOrder.components(size, from, to);
        cutLegs = new boolean[size][];
        for (int v = 0; v < size; v++) {
            for (int j = 0; j < legHandler[v].length; j++) {
                if (component[legHandler[v][j]] == component[v]) {
                    if (cutLegs[v] == null) {
                        cutLegs[v] = new boolean[legHandler[v].length];
                    }
                    cutLegs[v][j] = true;
                }
            }
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The model the scores are computed with, and the day. */
    public ScoringModel model() {
        return model;
    }

    public LocalDate today() {
        return today;
    }

    /** Whether the organization is in the graph with its facts. */
    public boolean contains(long id) {
        Integer v = index.get(id);
        return v != null && facts[v] != null;
    }

    /** The organizations with facts, in no particular order. */
    public long[] ids() {
        long[] out = new long[index.size()];
        int count = 0;
        for (Map.Entry<Long, Integer> e : index.entrySet()) {
            if (facts[e.getValue()] != null) {
                out[count++] = e.getKey();
            }
        }
        return Arrays.copyOf(out, count);
    }

    public int size() {
        return ids().length;
    }

    /** The numbers of an organization's current score, or null when it is not in the graph. */
    public NodeScore score(long id) {
        Integer found = index.get(id);
        if (found == null || facts[found] == null) {
            return null;
        }
        int v = found;
        return new NodeScore(id, geography[v], insider[0][v], insider[1][v], insider[2][v], incident[v],
                assessedShare[v], own[0][v], own[1][v], own[2][v], model.band(own[1][v]),
                Propagation.probability(own[1][v], model), base[1][v], score[0][v], score[1][v], score[2][v],
                model.band(score[1][v]), pEff[0][v], pEff[1][v], pEff[2][v]);
    }

    /**
     * The facts the graph holds (organizations with facts, links of every buyer, legs of every vendor), a consistent
     * copy: the facts are immutable records and arrays the graph replaces rather than changes, so a copy taken under a
     * read lock can be scored elsewhere (a preview) while the graph goes on changing.
     */
    public NetworkFacts facts() {
        Map<Long, Facts.Organization> organizations = new java.util.LinkedHashMap<>();
        Map<Long, List<Facts.SupplierLink>> buyerLinks = new HashMap<>();
        Map<Long, List<Facts.Leg>> vendorLegs = new HashMap<>();
        for (int v = 0; v < size; v++) {
            if (!live[v]) {
                continue;
            }
            if (facts[v] != null) {
                organizations.put(ids[v], facts[v]);
            }
            if (links[v].length > 0) {
                buyerLinks.put(ids[v], Arrays.asList(links[v]));
            }
            if (legs[v].length > 0) {
                vendorLegs.put(ids[v], Arrays.asList(legs[v]));
            }
        }
        return new NetworkFacts(organizations, buyerLinks, vendorLegs);
    }

    /** The facts of an organization, or null. */
    public Facts.Organization organization(long id) {
        Integer v = index.get(id);
        return v == null ? null : facts[v];
    }

    /** The supply links of a buyer, grouped by item. */
    public List<Facts.SupplierLink> linksOf(long buyerId) {
        Integer v = index.get(buyerId);
        return v == null ? List.of() : List.of(links[v]);
    }

    /** The custody legs of a vendor. */
    public List<Facts.Leg> legsOf(long vendorId) {
        Integer v = index.get(vendorId);
        return v == null ? List.of() : List.of(legs[v]);
    }

    /** The buyers of a supplier, each once. */
    public long[] buyersOf(long supplierId) {
        Integer v = index.get(supplierId);
        return v == null ? new long[0] : Arrays.stream(buyers[v].distinct()).mapToLong(b -> ids[b]).toArray();
    }

    /** The vendors whose custody legs an organization handles, each once. */
    public long[] vendorsHandledBy(long handlerId) {
        Integer v = index.get(handlerId);
        return v == null ? new long[0] : Arrays.stream(handled[v].distinct()).mapToLong(b -> ids[b]).toArray();
    }

    /**
     * An organization's score with its whole explanation (own dimensions, factors, sites, incidents, and the
     * inherited score by supply link and custody leg), from the graph's current numbers. Null when unknown.
     */
    public ScoredOrganization explain(long id) {
        Integer found = index.get(id);
        if (found == null || facts[found] == null) {
            return null;
        }
        int v = found;
        OwnScore ownScore = OwnScoreCalculator.score(facts[v], today, model);
        NodeView view = new NodeView();
        view.at(v, Propagation.EXPECTED);
        Propagation.Result result = new Propagation.Result();
        ExplainedInheritance explained = new ExplainedInheritance(this, v);
        Propagation.inherit(own[1][v], tau[1][v], view, model, result, explained);
        InheritedScore inherited = new InheritedScore(Propagation.probability(own[1][v], model), pEff[1][v],
                score[1][v], model.band(score[1][v]), explained.contributions(own[1][v]), score[0][v], score[2][v],
                pEff[0][v], pEff[2][v], base[1][v]);
        return new ScoredOrganization(id, ownScore, inherited);
    }

    /** Version 1: which legs of a vendor count their handler's own score because they lie on a cycle. */
    boolean[] cutLegsOf(long vendorId) {
        int v = index.get(vendorId);
        boolean[] out = new boolean[legs[v].length];
        for (int j = 0; j < out.length; j++) {
            out[j] = cut(v, j);
        }
        return out;
    }

    // ---- package-private reads for ExplainedInheritance ----------------------------------------------------------

    Facts.SupplierLink link(int v, int e) {
        return links[v][e];
    }

    int itemStart(int v, int item) {
        return itemStart[v][item];
    }

    /**
     * The scores the vendor's custody legs count with in its inherited score (expected end), in the order of legsOf;
     * empty for an unknown vendor.
     */
    public double[] legScores(long vendorId) {
        Integer v = index.get(vendorId);
        if (v == null || !live[v]) {
            return new double[0];
        }
        double[] scores = new double[legs[v].length];
        for (int j = 0; j < scores.length; j++) {
            scores[j] = legCounted(v, j, Propagation.EXPECTED);
        }
        return scores;
    }

    Facts.Leg leg(int v, int j) {
        return legs[v][j];
    }

    double legOwnScore(int v, int j) {
        return Propagation.legOwnScore(legG[v][j], Propagation.missingControls(legs[v][j]), model);
    }

    double legCounted(int v, int j, int end) {
        return Propagation.legScore(legG[v][j], Propagation.missingControls(legs[v][j]), legHandlerScore(v, j, end),
                model);
    }

    double legHandlerScore(int v, int j, int end) {
        int h = legHandler[v][j];
        if (facts[h] == null) {
            return 0.0;
        }
        if (model.ranged() || cut(v, j)) {
            return own[end][h];
        }
        return score[Propagation.EXPECTED][h];
    }

    double supplierScore(int v, int e, int end) {
        return score[end][supplier[v][e]];
    }

    double supplierBase(int v, int e, int end) {
        return base[end][supplier[v][e]];
    }

    boolean supplierKnown(int v, int e) {
        return facts[supplier[v][e]] != null;
    }

    double tau(int v, int end) {
        return tau[end][v];
    }

    double kOf(int v, int e) {
        return k[v][e];
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    /**
     * Version 2: what would change if one organization's own score and pass-through were at one end of their range
     * while everything else stays at its expected value: the expected base, inherited score and p_eff of every
     * organization that would move (by id, {base, score, pEff}), found level by level from it upwards and stopping
     * where the rounded numbers no longer move. The graph is not changed.
     */
    Map<Long, double[]> whatIf(long organizationId, int end) {
        return whatIf(organizationId, end, null);
    }

    /** whatIf, following only organizations within (by id; null: all), such as one vendor's tree. */
    Map<Long, double[]> whatIf(long organizationId, int end, java.util.Set<Long> within) {
        Integer found = index.get(organizationId);
        if (found == null || facts[found] == null || !model.ranged()) {
            return Map.of();
        }
        int u = found;
        Map<Integer, double[]> overlay = new HashMap<>();
        WhatIfView view = new WhatIfView(u, end, overlay);
        // Local bookkeeping only: readers run this concurrently under the engine's read lock.
        java.util.TreeMap<Integer, IntList> buckets = new java.util.TreeMap<>();
        java.util.Set<Integer> queued = new java.util.HashSet<>();
        queue(buckets, queued, u);
        for (int vendor : handled[u].toArray()) {
            if (within == null || within.contains(ids[vendor])) {
                queue(buckets, queued, vendor);
            }
        }
        Propagation.Result result = new Propagation.Result();
        while (!buckets.isEmpty()) {
            IntList bucket = buckets.pollFirstEntry().getValue();
            for (int i = 0; i < bucket.size(); i++) {
                int v = bucket.get(i);
                view.at(v, Propagation.EXPECTED);
                double ownScore = v == u ? own[end][u] : own[Propagation.EXPECTED][v];
                double passThrough = v == u ? tau[end][u] : tau[Propagation.EXPECTED][v];
                Propagation.inherit(ownScore, passThrough, view, model, result, null);
                if (result.score == score[Propagation.EXPECTED][v] && result.base == base[Propagation.EXPECTED][v]) {
                    continue;
                }
                overlay.put(v, new double[] {result.base, result.score, result.pEff,
                    Propagation.probability(result.base, model)});
                for (int j = 0; j < buyers[v].size(); j++) {
                    int b = buyers[v].get(j);
                    if (within == null || within.contains(ids[b])) {
                        queue(buckets, queued, b);
                    }
                }
            }
        }
        Map<Long, double[]> out = new HashMap<>();
        overlay.forEach((v, values) -> out.put(ids[v], new double[] {values[0], values[1], values[2]}));
        return out;
    }

    private void queue(java.util.TreeMap<Integer, IntList> buckets, java.util.Set<Integer> queued, int v) {
        if (queued.add(v)) {
            buckets.computeIfAbsent(level[v], x -> new IntList()).add(v);
        }
    }

    /** The expected view with one organization at another end of its range and the organizations moved so far. */
    private final class WhatIfView extends NodeView {
        private final int changed;
        private final int end;
        private final Map<Integer, double[]> overlay;

        WhatIfView(int changed, int end, Map<Integer, double[]> overlay) {
            this.changed = changed;
            this.end = end;
            this.overlay = overlay;
        }

        @Override
        public double pBase(int item, int source) {
            double[] moved = overlay.get(supplierAt(item, source));
            return moved == null ? super.pBase(item, source) : moved[3];
        }

        @Override
        public double pEff(int item, int source) {
            double[] moved = overlay.get(supplierAt(item, source));
            return moved == null ? super.pEff(item, source) : moved[2];
        }

        @Override
        public double legScore(int leg) {
            int v = node();
            if (legHandler[v][leg] != changed) {
                return super.legScore(leg);
            }
            return Propagation.legScore(legG[v][leg], Propagation.missingControls(legs[v][leg]), own[end][changed], model);
        }
    }

    /** One organization's upstream at one end of the range, over the arrays. */
    private class NodeView implements Propagation.Upstream {
        private int v;
        private int end;

        void at(int node, int atEnd) {
            this.v = node;
            this.end = atEnd;
        }

        int node() {
            return v;
        }

        int supplierAt(int item, int source) {
            return supplier[v][itemStart[v][item] + source];
        }

        @Override
        public int items() {
            return itemStart[v].length - 1;
        }

        @Override
        public int sources(int item) {
            return itemStart[v][item + 1] - itemStart[v][item];
        }

        @Override
        public double k(int item, int source) {
            return k[v][itemStart[v][item] + source];
        }

        @Override
        public double share(int item, int source) {
            return share[v][itemStart[v][item] + source];
        }

        @Override
        public double pBase(int item, int source) {
            int u = supplier[v][itemStart[v][item] + source];
            return facts[u] == null ? Propagation.probability(100.0, model) : pBase[end][u];
        }

        @Override
        public double pEff(int item, int source) {
            int u = supplier[v][itemStart[v][item] + source];
            return facts[u] == null ? Propagation.probability(100.0, model) : pEff[end][u];
        }

        @Override
        public int legs() {
            return legs[v].length;
        }

        @Override
        public double legScore(int leg) {
            return legCounted(v, leg, end);
        }
    }

    /** Orders links by item (Propagation.items): first-seen order of items, input order within an item. */
    private Facts.SupplierLink[] grouped(List<Facts.SupplierLink> input) {
        List<Facts.SupplierLink> out = new ArrayList<>(input.size());
        Propagation.items(input, model).forEach(out::addAll);
        return out.toArray(NO_LINKS);
    }

    /** k and share of each link of v, and the item groups (which depend on the model's formula). */
    private void weighLinks(int v) {
        Facts.SupplierLink[] current = links[v];
        if (current.length > 0) {
            Facts.SupplierLink[] regrouped = grouped(List.of(current));
            if (!Arrays.equals(regrouped, current)) {
                links[v] = regrouped;
                for (int e = 0; e < regrouped.length; e++) {
                    supplier[v][e] = nodeOf(regrouped[e].supplierId());
                }
            }
        }
        Facts.SupplierLink[] grouped = links[v];
        IntList starts = new IntList();
        String previous = null;
        for (int e = 0; e < grouped.length; e++) {
            k[v][e] = Propagation.k(grouped[e].criticality(), model);
            share[v][e] = Explanations.clamp(grouped[e].share(), 0.0, 1.0);
            String key = model.ranged() ? Propagation.itemKey(grouped[e].item()) : "#" + e;
            if (!key.equals(previous)) {
                starts.add(e);
                previous = key;
            }
        }
        starts.add(grouped.length);
        itemStart[v] = starts.toArray();
    }

    private void weighLegs(int v) {
        for (int j = 0; j < legs[v].length; j++) {
            legG[v][j] = countryScore(legs[v][j].country());
        }
    }

    private double countryScore(Facts.Country country) {
        Double known = countryScores.get(country);
        if (known == null) {
            if (countryScores.size() > 10_000) {
                countryScores.clear();
            }
            known = GeographyCalculator.country(country, model).score();
            countryScores.put(country, known);
        }
        return known;
    }

    private boolean isNode(int v) {
        return v < size && live[v];
    }

    private int nodeOf(long id) {
        Integer found = index.get(id);
        if (found != null) {
            return found;
        }
        int v;
        if (freeCount > 0) {
            v = free[--freeCount];
        } else {
            if (size == capacity) {
                grow(capacity * 2);
            }
            v = size++;
        }
        index.put(id, v);
        ids[v] = id;
        live[v] = true;
        facts[v] = null;
        links[v] = NO_LINKS;
        itemStart[v] = new int[] {0};
        supplier[v] = NO_INTS;
        k[v] = NO_DOUBLES;
        share[v] = NO_DOUBLES;
        buyers[v] = new IntList();
        legs[v] = NO_LEGS;
        legHandler[v] = NO_INTS;
        legG[v] = NO_DOUBLES;
        handled[v] = new IntList();
        level[v] = 0;
        for (int r = 0; r < 3; r++) {
            own[r][v] = Double.NaN;
            score[r][v] = Double.NaN;
            base[r][v] = Double.NaN;
            pEff[r][v] = Double.NaN;
        }
        if (cutLegs != null) {
            cutLegs = null;
        }
        markOwn(v);
        return v;
    }

    private void markOwn(int v) {
        if (!ownDirty[v] && !edgeDirty[v]) {
            pushDirty(v);
        }
        ownDirty[v] = true;
    }

    private void markEdges(int v) {
        if (!ownDirty[v] && !edgeDirty[v]) {
            pushDirty(v);
        }
        edgeDirty[v] = true;
        if (!model.ranged()) {
            cutLegs = null;
        }
    }

    private void pushDirty(int v) {
        if (dirtyCount == dirtyList.length) {
            dirtyList = Arrays.copyOf(dirtyList, Math.max(16, dirtyList.length * 2));
        }
        dirtyList[dirtyCount++] = v;
    }

    private int nextStamp() {
        if (++stampValue == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            Arrays.fill(changedStamp, 0);
            stampValue = 1;
        }
        return stampValue;
    }

    private void grow(int newCapacity) {
        capacity = newCapacity;
        ids = ids == null ? new long[newCapacity] : Arrays.copyOf(ids, newCapacity);
        live = live == null ? new boolean[newCapacity] : Arrays.copyOf(live, newCapacity);
        slot = slot == null ? new int[newCapacity] : Arrays.copyOf(slot, newCapacity);
        facts = facts == null ? new Facts.Organization[newCapacity] : Arrays.copyOf(facts, newCapacity);
        links = links == null ? new Facts.SupplierLink[newCapacity][] : Arrays.copyOf(links, newCapacity);
        itemStart = grow(itemStart, newCapacity);
        supplier = grow(supplier, newCapacity);
        k = grow(k, newCapacity);
        share = grow(share, newCapacity);
        buyers = buyers == null ? new IntList[newCapacity] : Arrays.copyOf(buyers, newCapacity);
        legs = legs == null ? new Facts.Leg[newCapacity][] : Arrays.copyOf(legs, newCapacity);
        legHandler = grow(legHandler, newCapacity);
        legG = grow(legG, newCapacity);
        handled = handled == null ? new IntList[newCapacity] : Arrays.copyOf(handled, newCapacity);
        geography = grow(geography, newCapacity);
        incident = grow(incident, newCapacity);
        assessedShare = grow(assessedShare, newCapacity);
        insider = grow3(insider, newCapacity);
        own = grow3(own, newCapacity);
        tau = grow3(tau, newCapacity);
        base = grow3(base, newCapacity);
        pBase = grow3(pBase, newCapacity);
        score = grow3(score, newCapacity);
        pEff = grow3(pEff, newCapacity);
        ownDirty = ownDirty == null ? new boolean[newCapacity] : Arrays.copyOf(ownDirty, newCapacity);
        edgeDirty = edgeDirty == null ? new boolean[newCapacity] : Arrays.copyOf(edgeDirty, newCapacity);
        stamp = stamp == null ? new int[newCapacity] : Arrays.copyOf(stamp, newCapacity);
        changedStamp = changedStamp == null ? new int[newCapacity] : Arrays.copyOf(changedStamp, newCapacity);
        level = level == null ? new int[newCapacity] : Arrays.copyOf(level, newCapacity);
        if (cutLegs != null) {
            cutLegs = Arrays.copyOf(cutLegs, newCapacity);
        }
    }

    private static int[][] grow(int[][] a, int n) {
        return a == null ? new int[n][] : Arrays.copyOf(a, n);
    }

    private static double[][] grow(double[][] a, int n) {
        return a == null ? new double[n][] : Arrays.copyOf(a, n);
    }

    private static double[] grow(double[] a, int n) {
        return a == null ? new double[n] : Arrays.copyOf(a, n);
    }

    private static double[][] grow3(double[][] a, int n) {
        double[][] out = new double[3][];
        for (int r = 0; r < 3; r++) {
            out[r] = a == null ? new double[n] : Arrays.copyOf(a[r], n);
        }
        return out;
    }
}
