package dev.custody.reports.pdf;

import dev.custody.reports.ReportDataCollector;
import dev.custody.reports.ReportKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Benchmark, a command and not a test (its name keeps it out of the suite): ./mvnw -B -Pbench-pdf test
 *
 * <p>Like for like: both sides get the same XHTML document (the executive report of the demo portfolio, produced once
 * by the Thymeleaf template, which neither side is timed for) and turn it into a PDF, warm, in a process that is
 * already running. openhtmltopdf renders it in this JVM ({@link PdfRenderer#pdf(String)}); one headless Chromium,
 * started once through chromedriver before any timing, loads the document and prints it with the DevTools command
 * Page.printToPDF (CSS page size, backgrounds, no header or footer). Both get WARMUP untimed renders, then RUNS timed
 * renders taken in turns (ours, Chromium's, ours, ...) so that load on the machine falls on both alike.
 */
@QuarkusTest
class PdfBenchmark {
    static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    static final int RUNS = Integer.getInteger("bench.runs", 9);

    @Inject
    ReportDataCollector collector;
    @Inject
    PdfReportWriter writer;
    @Inject
    PdfRenderer renderer;

    @Test
    void executivePdfBesideChromium() throws Exception {
        var data = collector.executive("bench", Instant.parse("2026-06-01T03:00:00Z"), null);
        String html = writer.html(ReportKind.EXECUTIVE, data);
        Path dir = Files.createTempDirectory("custody-bench-pdf");
        Path file = dir.resolve("executive.html");
        Files.writeString(file, html);
        try (Chromium chromium = Chromium.start(dir.resolve("profile"))) {
            String url = file.toUri().toString();
            byte[] ours = null;
            byte[] theirs = null;
            for (int i = 0; i < WARMUP; i++) {
                ours = renderer.pdf(html);
                theirs = chromium.print(url);
            }
            List<Double> oursTimes = new ArrayList<>();
            List<Double> theirTimes = new ArrayList<>();
            List<Double> printOnly = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                oursTimes.add(seconds(() -> renderer.pdf(html)));
                long start = System.nanoTime();
                chromium.load(url);
                long loaded = System.nanoTime();
                theirs = chromium.printLoaded();
                long end = System.nanoTime();
                theirTimes.add((end - start) / 1e9);
                printOnly.add((end - loaded) / 1e9);
            }
            Files.write(dir.resolve("openhtmltopdf.pdf"), ours);
            Files.write(dir.resolve("chromium.pdf"), theirs);
            double a = median(oursTimes);
            double b = median(theirTimes);
            System.out.printf(Locale.ROOT, "%nPDF benchmark: executive report of the demo portfolio (%d vendors), the same"
                    + " %,d-character XHTML on both sides, %d warm-up renders each, then %d timed renders each in turns"
                    + " (%d cores, Java %s, %s)%n", data.vendors().size(), html.length(), WARMUP, RUNS,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), chromium.version());
            System.out.printf(Locale.ROOT, "  openhtmltopdf, in this JVM:                 median %.3f s  min %.3f  max %.3f"
                    + "  %,d bytes, %d pages%n", a, min(oursTimes), max(oursTimes), ours.length, pages(ours));
            System.out.printf(Locale.ROOT, "  Chromium, one running instance, load+print: median %.3f s  min %.3f  max %.3f"
                    + "  %,d bytes, %d pages%n", b, min(theirTimes), max(theirTimes), theirs.length, pages(theirs));
            System.out.printf(Locale.ROOT, "    of which Page.printToPDF alone:           median %.3f s%n", median(printOnly));
            System.out.printf(Locale.ROOT, "  ratio Chromium / openhtmltopdf (medians): %.2f; target < 2 s warm: %s%n",
                    b / a, a < 2 ? "met" : "NOT met");
            System.out.printf(Locale.ROOT, "  runs, openhtmltopdf: %s%n  runs, Chromium:      %s%n", rounded(oursTimes),
                    rounded(theirTimes));
            System.out.println("  files in " + dir);
        }
    }

    /** One headless Chromium through chromedriver, started once; prints a page with the DevTools protocol. */
    private static final class Chromium implements AutoCloseable {
        private final ChromeDriver driver;

        private Chromium(ChromeDriver driver) {
            this.driver = driver;
        }

        static Chromium start(Path profile) {
            ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("custody.e2e.chromium",
                    "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                    Path.of(System.getProperty("custody.e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort().build();
            return new Chromium(new ChromeDriver(service, options));
        }

        String version() {
            return "Chromium " + driver.getCapabilities().getBrowserVersion();
        }

        void load(String url) {
            driver.get(url);
        }

        byte[] printLoaded() {
            Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true,
                    "preferCSSPageSize", true, "displayHeaderFooter", false));
            return Base64.getDecoder().decode((String) result.get("data"));
        }

        byte[] print(String url) {
            load(url);
            return printLoaded();
        }

        @Override
        public void close() {
            driver.quit();
        }
    }

    private static double seconds(Supplier<byte[]> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
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

    private static double min(List<Double> values) {
        return Collections.min(values);
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList().toString();
    }
}
