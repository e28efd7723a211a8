package dev.custody.network.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a sheet or CSV file matched to a table's columns: case, spacing and order do not matter;
 * an unknown, repeated or missing required column makes the whole file unreadable.
 */
final class HeaderRow {
    private final Map<Integer, String> columnAt;

    private HeaderRow(Map<Integer, String> columnAt) {
        this.columnAt = columnAt;
    }

    static HeaderRow match(ImportTable table, List<String> cells, String where) {
        Map<Integer, String> columnAt = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = ImportTable.normalize(cells.get(i));
            if (name.isEmpty()) {
                continue;
            }
            if (table.column(name).isEmpty()) {
                unknown.add(cells.get(i).trim());
            } else if (columnAt.containsValue(name)) {
                repeated.add(name);
            } else {
                columnAt.put(i, name);
            }
        }
        List<String> missing = table.columns().stream()
                .filter(c -> c.required() && !columnAt.containsValue(c.name())).map(ImportColumn::name).toList();
        refuse(table, where, unknown, repeated, missing);
        return new HeaderRow(columnAt);
    }

    private static void refuse(ImportTable table, String where, List<String> unknown, List<String> repeated,
            List<String> missing) {
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add("unknown columns " + String.join(", ", unknown));
        }
        if (!repeated.isEmpty()) {
            problems.add("columns given twice " + String.join(", ", repeated));
        }
        if (!missing.isEmpty()) {
            problems.add("missing required columns " + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            throw ImportFileException.unreadable("The header row of " + where + " has " + String.join("; ", problems)
                    + ". The columns of " + table.sheet() + " are " + String.join(", ", table.headers())
                    + " (row 1, any order).");
        }
    }

    /** A data row's cells by column name; cells under no header are ignored. */
    Map<String, String> values(List<String> cells) {
        Map<String, String> values = new HashMap<>();
        columnAt.forEach((index, column) -> values.put(column, index < cells.size() ? cells.get(index) : null));
        return values;
    }

    /** The column name of a cell position, or null when the position has no header. */
    String columnAt(int index) {
        return columnAt.get(index);
    }
}
