package dev.custody.reports.pdf;

import dev.custody.reports.ReportDataCollector;
import dev.custody.reports.ReportKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, a command and not a test (its name keeps it out of the suite): ./mvnw -B -Pbench-pdf test
 * The executive PDF of the demo portfolio rendered warm (median of RUNS after WARMUP renders) beside headless
 * Chromium printing the same XHTML to PDF, timed the same way (one chromium process per print, as a server would).
 */
@QuarkusTest
class PdfBenchmark {
    static final int WARMUP = 3;
    static final int RUNS = Integer.getInteger("bench.runs", 7);

    @Inject
    ReportDataCollector collector;
    @Inject
    PdfReportWriter writer;

    @Test
    void executivePdfBesideChromium() throws Exception {
        var data = collector.executive("bench", Instant.parse("2026-06-01T03:00:00Z"), null);
        String html = writer.html(ReportKind.EXECUTIVE, data);
        byte[] pdf = null;
        for (int i = 0; i < WARMUP; i++) {
            pdf = writer.write(ReportKind.EXECUTIVE, data);
        }
        List<Double> ours = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            pdf = writer.write(ReportKind.EXECUTIVE, data);
            ours.add((System.nanoTime() - start) / 1e9);
        }
        Path dir = Files.createTempDirectory("custody-bench-pdf");
        Path file = dir.resolve("executive.html");
        Files.writeString(file, html);
        Files.write(dir.resolve("openhtmltopdf.pdf"), pdf);
        chromium(dir, file);
        List<Double> chrome = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            chromium(dir, file);
            chrome.add((System.nanoTime() - start) / 1e9);
        }
        double a = median(ours);
        double b = median(chrome);
        System.out.printf(Locale.ROOT, "%nPDF benchmark: executive report of the demo portfolio (%d vendors), %d bytes, "
                + "%d pages%n", data.vendors().size(), pdf.length, pages(pdf));
        System.out.printf(Locale.ROOT, "  openhtmltopdf (warm, median of %d): %.3f s   runs %s%n", RUNS, a, ours);
        System.out.printf(Locale.ROOT, "  chromium --print-to-pdf (median of %d): %.3f s   runs %s%n", RUNS, b, chrome);
        System.out.printf(Locale.ROOT, "  ratio chromium / openhtmltopdf: %.2f; target < 2 s warm: %s%n", b / a,
                a < 2 ? "met" : "NOT met");
        System.out.println("  files in " + dir);
    }

    private static void chromium(Path dir, Path html) throws Exception {
        Path out = dir.resolve("chromium.pdf");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--no-pdf-header-footer", "--print-to-pdf=" + out,
                html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("chromium failed, see " + dir.resolve("chromium.log"));
        }
    }

    private static int pages(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
