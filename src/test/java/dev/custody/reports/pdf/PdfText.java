package dev.custody.reports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;

/**
 * Reads a PDF back with poppler's pdftotext, the way a reader sees it (page breaks as form feeds). Text is NFKC
 * normalised: the PDF writer sets "fi" as its ligature glyph, which pdftotext returns as one character.
 */
public final class PdfText {
    private PdfText() {
    }

    /** The text in reading order, every run of spaces and line breaks within a page made one space. */
    public static String of(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, false).replaceAll("[ \\t\\r\\n]+", " ");
    }

    /** The text laid out as on the page (columns kept). */
    static String layout(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, true);
    }

    private static String run(byte[] pdf, boolean layout) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("custody-pdf");
        try {
            Path file = dir.resolve("report.pdf");
            Files.write(file, pdf);
            Path text = dir.resolve("report.txt");
            Process process = new ProcessBuilder("pdftotext", layout ? "-layout" : "-raw", "-enc", "UTF-8", file.toString(),
                    text.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pdftotext failed: " + output);
            }
            return Normalizer.normalize(Files.readString(text, StandardCharsets.UTF_8), Normalizer.Form.NFKC);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Pages of the text (pdftotext ends every page with a form feed). */
    static int pages(String text) {
        return (int) text.chars().filter(c -> c == '\f').count();
    }
}
