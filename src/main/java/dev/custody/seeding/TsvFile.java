package dev.custody.seeding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tab-separated file on the classpath with a header line. */
final class TsvFile {
    private TsvFile() {
    }

    record Row(int line, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalStateException("line " + line + ": no column " + column);
            }
            return value.trim();
        }

        Integer integer(String column) {
            String value = get(column);
            return value.isEmpty() ? null : Integer.valueOf(value);
        }

        boolean yes(String column) {
            return "yes".equalsIgnoreCase(get(column));
        }
    }

    static List<Row> read(String resource) {
        try (InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split("\t", -1);
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    values.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(new Row(number, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
