package dev.custody.gating.screening;

import dev.custody.network.transfer.ImportError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the US Consolidated Screening List CSV as the International Trade Administration publishes it: the
 * 29-column header, one party per row, aliases in alt_names separated by ";". Every problem is collected
 * (rows numbered as a spreadsheet shows them, the header being row 1); one problem refuses the whole file.
 */
public final class CslFile {
    static final String SHEET = "csv";
    static final List<String> HEADER = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
            "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
            "nationalities", "places_of_birth", "source_information_url", "ids");
    static final int MAX_NAME = 1000;
    static final int MAX_ALIASES = 20000;
    static final int MAX_SOURCE = 300;
    private static final int NAME = HEADER.indexOf("name");
    private static final int SOURCE = HEADER.indexOf("source");
    private static final int ALIASES = HEADER.indexOf("alt_names");
    private static final int MAX_ERRORS = 200;

    /** One party of the list. */
    public record Entry(int row, String cslId, String source, String type, String name, String aliases) {
    }

    /** The entries of a file without problems, and its SHA-256. */
    public record Parsed(List<Entry> entries, String checksum) {
    }

    private CslFile() {
    }

    /** The entries, or a ScreeningImportException naming every problem (size, content, header, rows). */
    public static Parsed read(byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw ScreeningImportException.file("The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw ScreeningImportException.file(String.format("The file has %d bytes; a screening list may have at "
                    + "most %d (custody.gating.screening.max-bytes).", bytes.length, maxBytes));
        }
        List<ImportError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(bytes)), CSVFormat.DEFAULT)) {
            boolean header = false;
            for (CSVRecord record : parser) {
                if (!header) {
                    checkHeader(record);
                    header = true;
                } else if (errors.size() < MAX_ERRORS) {
                    row(record, entries, errors);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ScreeningImportException.file("The file is not readable as CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new ScreeningImportException(errors);
        }
        if (entries.isEmpty()) {
            throw ScreeningImportException.file("The file has the header but no party.");
        }
        return new Parsed(List.copyOf(entries), sha256(bytes));
    }

    private static void row(CSVRecord record, List<Entry> entries, List<ImportError> errors) {
        int row = (int) record.getRecordNumber();
        if (record.size() != HEADER.size()) {
            errors.add(new ImportError(SHEET, row, null, "has " + record.size() + " columns; the Consolidated "
                    + "Screening List has " + HEADER.size()));
            return;
        }
        String name = record.get(NAME).strip();
        String source = record.get(SOURCE).strip();
        String aliases = record.get(ALIASES).strip();
        int before = errors.size();
        check(name.isEmpty(), row, "name", "must not be blank", errors);
        check(name.length() > MAX_NAME, row, "name", "is longer than " + MAX_NAME + " characters", errors);
        check(source.isEmpty(), row, "source", "must not be blank (the list the party is on)", errors);
        check(source.length() > MAX_SOURCE, row, "source", "is longer than " + MAX_SOURCE + " characters", errors);
        check(aliases.length() > MAX_ALIASES, row, "alt_names", "is longer than " + MAX_ALIASES + " characters",
                errors);
        if (errors.size() == before) {
            entries.add(new Entry(row, clip(record.get(0).strip(), 100), source, clip(record.get(3).strip(), 100),
                    name, aliases.isEmpty() ? null : aliases));
        }
    }

    private static void check(boolean bad, int row, String column, String message, List<ImportError> errors) {
        if (bad) {
            errors.add(new ImportError(SHEET, row, column, message));
        }
    }

    private static String clip(String value, int max) {
        return value.isEmpty() ? null : value.substring(0, Math.min(max, value.length()));
    }

    private static void checkHeader(CSVRecord record) {
        List<String> names = record.stream().map(String::strip).toList();
        if (!names.equals(HEADER)) {
            throw new ScreeningImportException(List.of(new ImportError(SHEET, 1, "header", "must be the "
                    + HEADER.size() + "-column header of the Consolidated Screening List (" + String.join(",", HEADER)
                    + "); found " + names.size() + " columns: " + String.join(",", names))));
        }
    }

    /** UTF-8 text; a binary file (a NUL byte, a ZIP or Excel workbook, bytes that are not UTF-8) is refused. */
    static String text(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            throw ScreeningImportException.file("The file is a ZIP archive or an Excel workbook, not CSV text; "
                    + "upload the CSV file of the Consolidated Screening List.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw ScreeningImportException.file("The file is binary, not CSV text (a NUL byte at byte " + i
                        + "); upload the CSV file of the Consolidated Screening List.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ScreeningImportException.file("The file is not UTF-8 text; upload the CSV file as published "
                    + "(UTF-8).");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
