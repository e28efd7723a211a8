package dev.custody.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.reports.excel.ExecutiveWorkbook;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreRange;
import dev.custody.scoring.ScoringModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the executive workbook of a generated portfolio (100,000 vendors by default; run with -Xmx256m, it prints the
 * largest heap in use) beside openpyxl writing the same workbook from the same data (src/test/python/openpyxl_bench.py). A
 * command, not a test: {@code ./mvnw -B -q -Pbench-reports test-compile exec:exec} (argument: vendors).
 *
 * <p>Like for like: every sheet of the workbook is filled (vendors; one sub-tier link and one custody leg per vendor;
 * incidents, safeguard-plan lines and gate decisions for a tenth of them; 180 countries; the methodology), the data
 * goes to openpyxl as JSON (loading it is not timed), both sides write WARMUP workbooks untimed and then RUNS timed ones
 * into memory, and the last workbook of each is read back (openpyxl, read-only) to check that both have the same
 * sheets with the same rows, columns and number of filled cells.
 */
public final class ReportsBenchmark {
    static final int WARMUP = Integer.getInteger("bench.warmup", 2);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String SCRIPT = "src/test/python/openpyxl_bench.py";
    private static final String[] COUNTRIES = {"TW", "CN", "DE", "US", "VN", "MY", "KR", "JP", "IN", "MX"};

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int vendors = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(Locale.ROOT, "%d cores, Java %s, max heap %d MB; %d warm-up runs, %d timed runs a side%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, WARMUP, RUNS);
        ExecutiveReportData data = portfolio(vendors);
        Path dir = Files.createTempDirectory("custody-bench-reports");
        Path json = dir.resolve("data.json");
        new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValue(json.toFile(), data);
        System.out.printf(Locale.ROOT, "portfolio: %,d vendors, %,d links, %,d legs, %,d incidents, %,d plan lines, "
                + "%,d gate decisions, %d countries%n", data.vendors().size(), data.links().size(), data.legs().size(),
                data.incidents().size(), data.plan().vendors().size(), data.gating().decisions().size(),
                data.geography().countries().size());

        for (int i = 0; i < WARMUP; i++) {
            ExecutiveWorkbook.write(data);
        }
        HeapSampler heap = HeapSampler.begin();
        List<Double> custody = new ArrayList<>();
        byte[] file = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            file = ExecutiveWorkbook.write(data);
            custody.add((System.nanoTime() - start) / 1e9);
        }
        long peak = heap.end();
        Path ours = dir.resolve("custody.xlsx");
        Files.write(ours, file);
        System.out.printf(Locale.ROOT, "Custody (POI SXSSF):  median %.3f s  min %.3f  max %.3f  %,d bytes, largest heap "
                + "in use %d MB; runs %s%n", median(custody), Collections.min(custody), Collections.max(custody), file.length,
                peak >> 20, rounded(custody));

        Path theirs = dir.resolve("openpyxl.xlsx");
        List<Double> python = openpyxl(json, theirs);
        if (python.isEmpty()) {
            System.out.println("openpyxl: not run (needs python3 with openpyxl: apt-get install python3-openpyxl)");
            return;
        }
        System.out.printf(Locale.ROOT, "openpyxl (write-only): median %.3f s  min %.3f  max %.3f  %,d bytes; runs %s%n",
                median(python), Collections.min(python), Collections.max(python), Files.size(theirs),
                rounded(python));
        System.out.printf(Locale.ROOT, "ratio openpyxl / Custody (medians): %.2f; target < 2 s: %s%n",
                median(python) / median(custody), median(custody) < 2 ? "met" : "NOT met");
        int same = python("--compare", ours.toString(), theirs.toString()).exit();
        System.out.println(same == 0 ? "files in " + dir : "THE TWO WORKBOOKS DIFFER (see above); files in " + dir);
        if (same != 0) {
            System.exit(same);
        }
    }

    /** A portfolio of this many vendors with every section of the report filled. */
    static ExecutiveReportData portfolio(int vendors) {
        List<VendorLine> lines = new ArrayList<>(vendors);
        List<ExecutiveReportData.LinkLine> links = new ArrayList<>(vendors);
        List<ExecutiveReportData.LegLine> legs = new ArrayList<>(vendors);
        List<ExecutiveReportData.IncidentLine> incidents = new ArrayList<>();
        List<ExecutiveReportData.PlanLine> plan = new ArrayList<>();
        List<ExecutiveReportData.GateLine> gates = new ArrayList<>();
        int[] counts = new int[4];
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < vendors; i++) {
            double score = (i * 37) % 100 + 0.5;
            Band band = Band.values()[(int) (score / 25)];
            counts[band.ordinal()]++;
            String name = String.format(Locale.ROOT, "Vendor %06d", i);
            String country = COUNTRIES[i % COUNTRIES.length];
            lines.add(new VendorLine(i, name, country, 1, score, score, band, 0.001 * (1 + i % 200), 1000.0 + i,
                    50000.0 + i, 250.0 + i % 1000, "EUR",
                    new ScoreRange(Math.max(0, score - 10), score, Math.min(100, score + 12)), (i % 11) / 11.0));
            links.add(new ExecutiveReportData.LinkLine(i, i, name, vendors + i, "Maker " + i, 2,
                    COUNTRIES[(i + 3) % COUNTRIES.length], "Server board", 0.25 + (i % 4) * 0.25,
                    i % 3 == 0 ? "CRITICAL" : "HIGH", score / 2));
            legs.add(new ExecutiveReportData.LegLine(i, i, name, 1, "FORWARDER", 2L * vendors + i, "Forwarder " + i % 500,
                    country, i % 2 == 0, i % 3 != 0, false, (i * 13) % 100 + 0.25));
            if (i % 10 == 0) {
                incidents.add(new ExecutiveReportData.IncidentLine(i, vendors + i, "Maker " + i,
                        LocalDate.of(2020, 1, 1).plusDays(i % 2000), "COUNTERFEIT_COMPONENT", 1 + i % 10,
                        i % 20 == 0 ? "DISPUTED" : "CONFIRMED", i % 20 == 0,
                        i % 1000 == 0 ? "-5 % yield on lot " + i : "Remarked parts in lot " + i));
                plan.add(new ExecutiveReportData.PlanLine(i, name, List.of("Incoming X-ray inspection",
                        "Firmware re-flash"), 120.0 + i % 100, 1000.0 + i, 400.0 + i % 300, 1.5, 367.88 + i, i % 7 == 0,
                        0.01 * (i % 9), i % 9 > 5, List.of(), 0));
                gates.add(new ExecutiveReportData.GateLine(i, i, name, "Edge servers", 10 + i % 90, "HIGH",
                        i % 3 == 0 ? "REJECT" : "APPROVE", i % 30 == 0 ? "OVERRIDE" : "GATE", i % 30 == 0,
                        "approver", at.plusSeconds(i), score, i % 2 == 0 ? score / 2 : null, 1,
                        i % 30 == 0 ? "Board exception" : null, null, i % 30 == 0 ? "Approved by override" : "Approved"));
            }
        }
        List<ExecutiveReportData.CountryExposure> countries = new ArrayList<>();
        for (int c = 0; c < 180; c++) {
            String iso = String.valueOf((char) ('A' + c / 26)) + (char) ('A' + c % 26);
            countries.add(new ExecutiveReportData.CountryExposure(iso, "Country " + iso, c % 100 + 0.5, c % 100 >= 70,
                    c * 3, c, 1000.0 * c));
        }
        List<BandCount> bands = new ArrayList<>();
        for (Band b : Band.values()) {
            bands.add(new BandCount(b, counts[b.ordinal()]));
        }
        List<ExecutiveReportData.CurvePoint> curve = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            curve.add(new ExecutiveReportData.CurvePoint(i * 10_000.0, Math.exp(-i / 8.0)));
        }
        Methodology m = new Methodology(1, ScoringModel.defaults(), 1, 100_000, 42, 70, "G at least 70", 10);
        List<ExecutiveReportData.Decision> decisions = List.of(
                new ExecutiveReportData.Decision("FUND_PLAN", "Fund the safeguard plan", "Spending a year", 1e6, null, "/economics/portfolio"),
                new ExecutiveReportData.Decision("REVIEW_VENDOR", "Review Vendor 000001", "Largest ALE", 5e5, 1L, "/organizations/1"),
                new ExecutiveReportData.Decision("OVERRIDE", "Confirm the override on Vendor 000030", "Request 30",
                        null, 30L, "/purchase-requests/30"));
        ExecutiveReportData.Change change = new ExecutiveReportData.Change(7, at.minusSeconds(86_400 * 30), -1234.5,
                2345.6, bands, 12, 34);
        return new ExecutiveReportData(at, "bench", "EUR", m,
                new ExecutiveReportData.Summary(1e8, 2e8, 3e8, vendors, bands, 0, change, decisions), lines, List.of(),
                new ExecutiveReportData.GeographyExposure(5e9, 1e9, 0.2, countries), List.of(),
                new ExecutiveReportData.InvestmentPlan(1.2e7, 1e8, 6e7, 4e7, 2.33, 3.6e7, false, 0.05, plan, 0, 0, List.of()),
                new ExecutiveReportData.Gating(gates.size() / 2, 0, gates.size() / 3, gates.size() / 30, gates),
                incidents, links, legs, List.of(), curve, new ExecutiveReportData.Standings(List.of(), List.of()));
    }

    /** The largest heap in use (live data and garbage not yet collected, the data held) seen every 5 ms. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        static HeapSampler begin() {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long end() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }

    /** openpyxl's timed runs from the same data; empty when python3-openpyxl is missing. */
    private static List<Double> openpyxl(Path json, Path out) throws IOException, InterruptedException {
        Run run = python(json.toString(), Integer.toString(WARMUP), Integer.toString(RUNS), out.toString());
        List<Double> times = new ArrayList<>();
        Matcher m = Pattern.compile("run \\d+: ([0-9.]+) s").matcher(run.out());
        while (m.find()) {
            times.add(Double.parseDouble(m.group(1)));
        }
        return run.exit() == 0 ? times : List.of();
    }

    private record Run(int exit, String out) {
    }

    private static Run python(String... args) throws IOException, InterruptedException {
        String python = new java.io.File("/usr/bin/python3").canExecute() ? "/usr/bin/python3" : "python3";
        List<String> command = new ArrayList<>(List.of(python, SCRIPT));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (!out.startsWith("run ") || exit != 0) {
            System.out.print(out);
        }
        return new Run(exit, out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
