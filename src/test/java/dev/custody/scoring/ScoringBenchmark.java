package dev.custody.scoring;

import dev.custody.network.InsiderFactor;
import dev.custody.seeding.SyntheticNetwork;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times the scoring engine the application runs (ScoringGraph: own scores from the facts, ranges, propagation) on the
 * synthetic network, and prints how the vendors spread over the bands under the active model version 2. A command, not
 * a test: {@code ./mvnw -B -q -Pbench test-compile exec:exec} (arguments: organizations links, default 100,000 and
 * 500,000; the README runs it for 10,000 / 50,000 too).
 */
public final class ScoringBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final long SEED = 42;
    private static final int WARM_UP_RUNS = 3;
    private static final int TIMED_RUNS = 7;
    private static final int WARM_UP_EDITS = 300;
    private static final int EDITS = 2_000;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        ScoringModel model = ScoringModel.version2();
        System.out.printf(Locale.ROOT, "synthetic network: %,d organizations, %,d links, seed %d, %d cores, Java %s%n",
                organizations, links, SEED, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        long started = System.nanoTime();
        SyntheticNetwork network = SyntheticNetwork.generate(SEED, organizations, links, TODAY);
        NetworkFacts facts = BenchmarkFacts.of(network);
        long[] vendors = BenchmarkFacts.vendors(network);
        network = null;
        System.out.printf(Locale.ROOT, "generate network and facts: %d ms%n", millis(started));
        started = System.nanoTime();
        ScoringGraph graph = ScoringGraph.of(facts, model, TODAY);
        System.out.printf(Locale.ROOT, "build and score the graph (model version 2): %d ms%n", millis(started));
        System.out.println("vendors (model version 2): " + VendorDistribution.of(graph, vendors));
        fullRescore(graph);
        edits(graph, facts);
        assessNext(graph, vendors);
        heap();
    }

    private static void fullRescore(ScoringGraph graph) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            graph.rescoreAll();
        }
        double[] times = new double[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long started = System.nanoTime();
            graph.rescoreAll();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "full rescore (own scores and inherited ranges of every organization): %.1f ms "
                + "(median of %d; min %.1f, max %.1f; target < 1000 ms)%n", percentile(times, 50), TIMED_RUNS, times[0],
                times[TIMED_RUNS - 1]);
    }

    /** An edit as the app applies one: an organization's facts replaced (a new assessment), then rescore. */
    private static void edits(ScoringGraph graph, NetworkFacts facts) {
        Random random = new Random(SEED);
        long[] ids = graph.ids();
        for (int i = 0; i < WARM_UP_EDITS; i++) {
            edit(graph, facts, ids[random.nextInt(ids.length)], random);
        }
        double[] times = new double[EDITS];
        double[] changed = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            long id = ids[random.nextInt(ids.length)];
            long started = System.nanoTime();
            changed[i] = edit(graph, facts, id, random);
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(changed);
        System.out.printf(Locale.ROOT, "one edit (new assessment, incremental rescore): median %.3f ms, 99th percentile "
                + "%.3f ms, max %.3f ms over %,d random edits (target p99 < 20 ms)%n", percentile(times, 50),
                percentile(times, 99), times[EDITS - 1], EDITS);
        System.out.printf(Locale.ROOT, "organizations whose score changed, per edit: median %.0f, 99th percentile %.0f, "
                + "max %.0f%n", percentile(changed, 50), percentile(changed, 99), changed[EDITS - 1]);
    }

    private static int edit(ScoringGraph graph, NetworkFacts facts, long id, Random random) {
        Facts.Organization o = graph.organization(id);
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            ratings.put(factor, random.nextInt(5));
        }
        graph.put(new Facts.Organization(o.id(), o.name(), o.hq(), o.sites(),
                new Facts.Assessment(id, TODAY.minusDays(random.nextInt(300)), ratings), o.incidents()));
        return graph.rescore().length;
    }

    /** Assess next for one vendor (median over the first 20 vendors) and for the whole portfolio. */
    private static void assessNext(ScoringGraph graph, long[] vendors) {
        double[] times = new double[Math.min(20, vendors.length)];
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            AssessNext.forVendor(graph, vendors[i], 1_000_000, 10);
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "assess next, one vendor: median %.0f ms, max %.0f ms over %d vendors%n",
                percentile(times, 50), times[times.length - 1], times.length);
        Map<Long, Double> loss = new java.util.HashMap<>();
        for (long v : vendors) {
            loss.put(v, 1_000_000.0);
        }
        long started = System.nanoTime();
        List<AssessNext.Candidate> top = AssessNext.portfolio(graph, vendors, loss, 10);
        System.out.printf(Locale.ROOT, "assess next, portfolio of %,d vendors: %d ms; first: %s (%s), %,.0f open%n",
                vendors.length, millis(started), top.isEmpty() ? "-" : top.get(0).name(),
                top.isEmpty() ? "-" : top.get(0).why(), top.isEmpty() ? 0.0 : top.get(0).moneyOpen());
    }

    private static void heap() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "heap: peak %d MB (whole run, network generation included), %d MB used after GC "
                + "holding the facts and the graph; max heap %d MB%n", peak >> 20, used >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

}
