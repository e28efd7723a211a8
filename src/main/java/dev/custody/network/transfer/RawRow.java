package dev.custody.network.transfer;

import java.util.Map;

/**
 * One data row as text, by column name, before any checking; problems are cells that could not be read as
 * text at all (a spreadsheet error such as #N/A).
 */
record RawRow(int number, Map<String, String> values, Map<String, String> problems) {

    String value(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
