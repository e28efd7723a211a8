package dev.custody.reports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a workbook back with a real spreadsheet: LibreOffice headless converts every sheet to CSV. */
final class LibreOffice {
    private LibreOffice() {
    }

    /** Sheet name -> its rows, as LibreOffice computes them (raw values, not as shown). */
    static Map<String, List<CSVRecord>> sheets(byte[] xlsx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("custody-lo");
        Path profile = Files.createTempDirectory("custody-lo-profile");
        try {
            Path file = dir.resolve("report.xlsx");
            Files.write(file, xlsx);
            Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(),
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("soffice failed: " + output);
            }
            Map<String, List<CSVRecord>> sheets = new HashMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    String name = csv.getFileName().toString();
                    String sheet = name.substring("report-".length(), name.length() - ".csv".length());
                    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                        sheets.put(sheet, CSVFormat.DEFAULT.parse(in).getRecords());
                    }
                }
            }
            if (sheets.isEmpty()) {
                throw new IllegalStateException("soffice wrote no CSV: " + output);
            }
            return sheets;
        } finally {
            delete(dir);
            delete(profile);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
