package dev.custody.network.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV table (UTF-8, comma-separated, optional BOM); its header says whether it holds organizations
 * or supply links. A leading single quote that our export put before = + - @ is taken off again.
 */
final class CsvReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvReader() {
    }

    static ImportFile read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        List<RawRow> rows = new ArrayList<>();
        ImportTable table;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            table = null;
            HeaderRow header = null;
            RowLimit limit = new RowLimit(maxRows);
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(CsvReader::unquote).toList();
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (header == null) {
                    table = tableOf(cells);
                    header = HeaderRow.match(table, cells, "the CSV file");
                    continue;
                }
                limit.count();
                rows.add(new RawRow((int) record.getRecordNumber(), header.values(cells), Map.of()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw ImportFileException.unreadable("The CSV file is malformed (" + e.getMessage()
                    + "); check that quoted cells are closed and that the separator is a comma.");
        }
        if (table == null) {
            throw ImportFileException.unreadable("The CSV file is empty; it needs a header row and at least one data row.");
        }
        return table == ImportTable.ORGANIZATIONS ? new ImportFile(rows, List.of()) : new ImportFile(List.of(), rows);
    }

    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ImportFileException.unreadable("The CSV file is not UTF-8 text; save it as \"CSV UTF-8\".");
        }
        if (text.indexOf('\0') >= 0) {
            throw ImportFileException.unreadable("The file is not CSV text; it holds binary data.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The header decides the table: supply links name a buyer and a supplier, organizations a name. */
    private static ImportTable tableOf(List<String> header) {
        List<String> names = header.stream().map(ImportTable::normalize).toList();
        if (names.contains("buyer") || names.contains("supplier")) {
            return ImportTable.SUPPLY_LINKS;
        }
        if (names.contains("name")) {
            return ImportTable.ORGANIZATIONS;
        }
        String hint = header.size() == 1 && header.get(0).contains(";") ? " The separator must be a comma, not a semicolon." : "";
        throw ImportFileException.unreadable("The header row of the CSV file is neither the organizations header ("
                + String.join(",", ImportTable.ORGANIZATIONS.headers()) + ") nor the supply-links header ("
                + String.join(",", ImportTable.SUPPLY_LINKS.headers()) + ")." + hint);
    }

    static String unquote(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && CsvSafety.risky(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
