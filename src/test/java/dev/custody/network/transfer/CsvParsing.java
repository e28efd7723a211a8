package dev.custody.network.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Reads an exported CSV back in the tests. */
final class CsvParsing {
    private CsvParsing() {
    }

    static List<List<String>> records(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            return parser.stream().map(r -> r.toList()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
