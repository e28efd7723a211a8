package dev.custody.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One line of authorization-matrix.txt: an endpoint and the outcome for each caller. */
record MatrixRow(String method, String path, List<String> outcomes) {
    /** The callers of the columns, in order: anonymous, then the demo users. */
    static final List<String> CALLERS = List.of("anonymous", "analyst", "executive", "buyer", "approver", "admin");
    private static final List<String> OUTCOMES = List.of("ok", "login", "deny");
    static final String RESOURCE = "/security/authorization-matrix.txt";

    String key() {
        return method + " " + path;
    }

    boolean isUnsafe() {
        return !List.of("GET", "HEAD", "OPTIONS").contains(method);
    }

    static List<MatrixRow> load() {
        try (InputStream in = MatrixRow.class.getResourceAsStream(RESOURCE)) {
            List<MatrixRow> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(parse(line.trim()));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MatrixRow parse(String line) {
        String[] cells = line.split("\\s+");
        if (cells.length != 2 + CALLERS.size()) {
            throw new IllegalArgumentException("authorization-matrix.txt: expected method, path and "
                    + CALLERS.size() + " outcomes in: " + line);
        }
        List<String> outcomes = Arrays.asList(cells).subList(2, cells.length);
        if (!OUTCOMES.containsAll(outcomes)) {
            throw new IllegalArgumentException("authorization-matrix.txt: outcomes are " + OUTCOMES + " in: " + line);
        }
        return new MatrixRow(cells[0], cells[1], List.copyOf(outcomes));
    }
}
