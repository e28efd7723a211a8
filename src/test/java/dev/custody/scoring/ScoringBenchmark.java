package dev.custody.scoring;

import dev.custody.seeding.SyntheticNetwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times the full and the incremental rescore on the synthetic network (100,000 organizations, 500,000
 * links, seed 42, own scores from its facts with OwnScoreCalculator). A command, not a test:
 * {@code ./mvnw -B -q -Pbench test-compile exec:exec} (arguments: organizations links, to try other sizes).
 */
public final class ScoringBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final long SEED = 42;
    private static final String COUNTRIES = "data-seeds/reference/countries.tsv";
    private static final int WARM_UP_RUNS = 5;
    private static final int TIMED_RUNS = 10;
    private static final int WARM_UP_EDITS = 500;
    private static final int EDITS = 2_000;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        ScoringModel model = ScoringModel.defaults();
        System.out.printf(Locale.ROOT, "synthetic network: %,d organizations, %,d links, seed %d, %d cores, Java %s%n",
                organizations, links, SEED, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ScoringGraph graph = graph(organizations, links, model);
        fullRescore(graph);
        edits(graph);
        heap();
    }

    /** Generates the network, scores every organization's own facts, and keeps only the graph. */
    private static ScoringGraph graph(int organizations, int links, ScoringModel model) throws IOException {
        long started = System.nanoTime();
        SyntheticNetwork network = SyntheticNetwork.generate(SEED, organizations, links, TODAY);
        System.out.printf(Locale.ROOT, "generate network: %d ms%n", millis(started));
        started = System.nanoTime();
        BenchmarkFacts facts = new BenchmarkFacts(network, countries());
        double[] own = new double[organizations];
        for (int i = 0; i < organizations; i++) {
            own[i] = OwnScoreCalculator.score(facts.organization(i), TODAY, model).score();
        }
        System.out.printf(Locale.ROOT, "own scores (OwnScoreCalculator, with explanations): %d ms%n", millis(started));
        started = System.nanoTime();
        ScoringGraph graph = facts.graph(own, model);
        System.out.printf(Locale.ROOT, "build graph (topological order, CSR arrays): %d ms, %,d custody legs, %d cut%n",
                millis(started), network.legs().size(), graph.cutLegs().length);
        return graph;
    }

    private static void fullRescore(ScoringGraph graph) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            graph.fullRescore();
        }
        double[] times = new double[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long started = System.nanoTime();
            graph.fullRescore();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "full rescore: %.1f ms (median of %d; min %.1f, max %.1f; target < 1000 ms)%n",
                percentile(times, 50), TIMED_RUNS, times[0], times[TIMED_RUNS - 1]);
    }

    private static void edits(ScoringGraph graph) {
        Random random = new Random(SEED);
        for (int i = 0; i < WARM_UP_EDITS; i++) {
            graph.rescoreFrom(random.nextInt(graph.size()), random.nextDouble() * 100);
        }
        double[] times = new double[EDITS];
        double[] changed = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            int node = random.nextInt(graph.size());
            double score = random.nextDouble() * 100;
            long started = System.nanoTime();
            changed[i] = graph.rescoreFrom(node, score).length;
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        Arrays.sort(changed);
        System.out.printf(Locale.ROOT, "one edit (rescoreFrom): median %.3f ms, 99th percentile %.3f ms, max %.3f ms "
                + "over %,d random edits (target p99 < 20 ms)%n", percentile(times, 50), percentile(times, 99),
                times[EDITS - 1], EDITS);
        System.out.printf(Locale.ROOT, "organizations whose inherited score changed, per edit: median %.0f, "
                + "99th percentile %.0f, max %.0f%n",
                percentile(changed, 50), percentile(changed, 99), changed[EDITS - 1]);
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
                + "holding the graph; max heap %d MB%n", peak >> 20, used >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The reference countries (CPI 2023, export-control rules) the synthetic network's ISO codes name. */
    private static Map<String, Facts.Country> countries() throws IOException {
        Map<String, Facts.Country> countries = new HashMap<>();
        try (InputStream in = ScoringBenchmark.class.getClassLoader().getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + COUNTRIES + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(reader.readLine().split("\t", -1));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Facts.Country country = country(header, new ArrayList<>(List.of(line.split("\t", -1))));
                    countries.put(country.iso2(), country);
                }
            }
        }
        return countries;
    }

    private static Facts.Country country(List<String> header, List<String> cells) {
        while (cells.size() < header.size()) {
            cells.add("");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), cells.get(i).trim());
        }
        String cpi = row.get("cpi_2023_score");
        String law = row.get("state_intelligence_cooperation_law");
        return new Facts.Country(row.get("iso2"), row.get("country"), cpi.isEmpty() ? null : Integer.valueOf(cpi),
                yes(row.get("us_embargoed")), yes(row.get("ear_group_e1")) || yes(row.get("ear_group_e2")),
                yes(row.get("itar_126_1_proscribed")), law.isEmpty() ? null : !"no".equalsIgnoreCase(law), Map.of());
    }

    private static boolean yes(String value) {
        return "yes".equalsIgnoreCase(value);
    }
}
