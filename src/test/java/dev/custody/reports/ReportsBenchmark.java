package dev.custody.reports;

import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.reports.excel.ExecutiveWorkbook;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreRange;
import dev.custody.scoring.ScoringModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the executive workbook for a generated portfolio of 100,000 vendors (run with -Xmx256m; prints the peak heap)
 * beside openpyxl in write-only mode writing the same number of rows of 10 columns (src/test/python). A command, not a
 * test: {@code ./mvnw -B -q -Pbench-reports test-compile exec:exec} (argument: vendors).
 */
public final class ReportsBenchmark {
    private static final int RUNS = 3;

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int vendors = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf(Locale.ROOT, "%d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        ExecutiveReportData data = portfolio(vendors);
        ExecutiveWorkbook.write(data);
        resetPeaks();
        double best = Double.MAX_VALUE;
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = ExecutiveWorkbook.write(data).length;
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        long peak = peakHeap();
        System.out.printf(Locale.ROOT, "Custody workbook, %d vendors: best of %d %.3f s, %d bytes, peak heap %d MB%n",
                vendors, RUNS, best, size, peak >> 20);
        double python = openpyxl(vendors);
        if (python > 0) {
            System.out.printf(Locale.ROOT, "openpyxl write-only %d rows x 10: %.3f s; ratio openpyxl / Custody %.2f%n",
                    vendors, python, python / best);
        }
    }

    static ExecutiveReportData portfolio(int vendors) {
        List<VendorLine> lines = new ArrayList<>(vendors);
        int[] counts = new int[4];
        for (int i = 0; i < vendors; i++) {
            double score = (i * 37) % 100 + 0.5;
            Band band = Band.values()[(int) (score / 25)];
            counts[band.ordinal()]++;
            lines.add(new VendorLine(i, String.format(Locale.ROOT, "Vendor %06d", i), "TW", 1, score, score, band,
                    0.001 * (1 + i % 200), 1000.0 + i, 50000.0 + i, 250.0 + i % 1000, "EUR",
                    new ScoreRange(Math.max(0, score - 10), score, Math.min(100, score + 12)), (i % 11) / 11.0));
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
        return new ExecutiveReportData(Instant.parse("2026-01-01T00:00:00Z"), "bench", "EUR", m,
                new ExecutiveReportData.Summary(1e8, 2e8, 3e8, vendors, bands, 0, null, List.of()), lines, List.of(),
                new ExecutiveReportData.GeographyExposure(0, 0, 0, List.of()), List.of(),
                new ExecutiveReportData.InvestmentPlan(0, 0, 0, 0, null, 0, false, 0.05, List.of()),
                new ExecutiveReportData.Gating(0, 0, 0, 0, List.of()), List.of(), List.of(), List.of(), List.of(),
                curve);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** openpyxl's seconds for the same rows; -1 when python3-openpyxl is missing. */
    private static double openpyxl(int rows) throws IOException, InterruptedException {
        String python = new java.io.File("/usr/bin/python3").canExecute() ? "/usr/bin/python3" : "python3";
        Process p = new ProcessBuilder(python, "src/test/python/openpyxl_bench.py", Integer.toString(rows))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.print(out);
        Matcher m = Pattern.compile(": ([0-9.]+) s").matcher(out);
        return p.exitValue() == 0 && m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
