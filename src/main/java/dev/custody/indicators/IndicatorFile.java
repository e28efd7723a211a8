package dev.custody.indicators;

import dev.custody.network.transfer.ImportError;
import dev.custody.web.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an indicator file: CSV (UTF-8) with the header iso2,value and one row per country. Every bad row is
 * reported (row numbers as a spreadsheet shows them, the header being row 1); the caller saves nothing then.
 */
public final class IndicatorFile {
    static final String SHEET = "csv";
    /** About 250 countries of a few bytes each: far below this; anything larger is not an indicator. */
    static final int MAX_BYTES = 256 * 1024;

    /** The values by upper-case iso2, in file order, and the problems of the rows that could not be read. */
    public record Parsed(Map<String, Double> values, List<ImportError> errors) {
    }

    private IndicatorFile() {
    }

    /** Parses the file against the iso2 codes of the known countries; an unreadable file is refused with 400. */
    public static Parsed read(byte[] bytes, Set<String> countries) {
        refuseNonCsv(bytes);
        Map<String, Double> values = new LinkedHashMap<>();
        List<ImportError> errors = new ArrayList<>();
        boolean header = false;
        try (CSVParser parser = CSVParser.parse(new StringReader(text(bytes)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (!header) {
                    checkHeader(record);
                    header = true;
                    continue;
                }
                row(record, countries, values, errors);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "is not a readable CSV file (" + e.getMessage() + ")");
        }
        if (!header || values.isEmpty() && errors.isEmpty()) {
            throw new InvalidInputException("file", "needs the header iso2,value and at least one row");
        }
        return new Parsed(values, errors);
    }

    private static void row(CSVRecord record, Set<String> countries, Map<String, Double> values,
            List<ImportError> errors) {
        int row = (int) record.getRecordNumber();
        String iso2 = record.size() > 0 ? record.get(0).trim().toUpperCase(Locale.ROOT) : "";
        String text = record.size() > 1 ? record.get(1).trim() : "";
        boolean ok = true;
        if (!countries.contains(iso2)) {
            errors.add(new ImportError(SHEET, row, "iso2", iso2.isEmpty() ? "must not be blank"
                    : "unknown country code " + iso2 + " (an ISO 3166-1 alpha-2 code of the country list)"));
            ok = false;
        } else if (values.containsKey(iso2)) {
            errors.add(new ImportError(SHEET, row, "iso2", "duplicate: " + iso2 + " appears on an earlier row"));
            ok = false;
        }
        Double value = number(text);
        if (value == null) {
            errors.add(new ImportError(SHEET, row, "value", text.isEmpty() ? "must not be blank"
                    : "not a number: " + text));
        } else if (ok) {
            values.put(iso2, value);
        }
        if (record.size() > 2) {
            errors.add(new ImportError(SHEET, row, null, "has " + record.size() + " cells; only iso2,value are read"));
        }
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void checkHeader(CSVRecord record) {
        List<String> names = record.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(List.of("iso2", "value"))) {
            throw new InvalidInputException("file", "the first row must be the header iso2,value (found "
                    + String.join(",", record.toList()) + ")");
        }
    }

    private static void refuseNonCsv(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "is " + bytes.length / 1024 + " KB; an indicator has one row per "
                    + "country and may be at most " + MAX_BYTES / 1024 + " KB");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new InvalidInputException("file", "is a spreadsheet or zip archive, not CSV; save it as \"CSV UTF-8\"");
        }
    }

    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    /**
     * The 0..100 risk of each value: min-max over the imported values (lowest 0, highest 100), flipped when a
     * higher value is safer; when every value is the same, each country gets 50 (the file ranks none above another).
     */
    public static Map<String, Double> normalise(Map<String, Double> values, IndicatorDirection direction) {
        double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> risk = new LinkedHashMap<>();
        values.forEach((iso2, v) -> {
            double scaled = max == min ? 50.0 : 100.0 * (v - min) / (max - min);
            risk.put(iso2, direction == IndicatorDirection.HIGHER_IS_SAFER ? 100.0 - scaled : scaled);
        });
        return risk;
    }
}
