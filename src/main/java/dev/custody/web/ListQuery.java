package dev.custody.web;

import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Paging and sorting of a list request: page from 0, size 1..500, sort "field" or "-field" for descending,
 * checked against the fields a list allows so that no client text reaches a query.
 */
public record ListQuery(int page, int size, String sort) {
    public static final int MAX_SIZE = 500;

    public ListQuery {
        FieldErrors errors = new FieldErrors()
                .check(page >= 0, "page", "must be 0 or more")
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .check((long) page * size <= Integer.MAX_VALUE, "page", "is beyond the last page");
        errors.throwIfAny();
    }

    /** The sort for a query, given the allowed API names mapped to entity paths; the default comes first. */
    public Sort toSort(Map<String, String> allowed, String defaultField) {
        String requested = sort == null || sort.isBlank() ? defaultField : sort.trim();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String path = allowed.get(field);
        if (path == null) {
            throw new InvalidInputException("sort", "must be one of " + String.join(", ", allowed.keySet())
                    + " (prefix - for descending)");
        }
        Sort order = descending ? Sort.descending(path) : Sort.ascending(path);
        return path.equals("id") ? order : order.and("id");
    }

    /**
     * The sort for a query that joins other entities: paths qualified, the tie-breaker idPath, and rows
     * without a value (an outer join that found nothing) last in both directions, on H2 as on PostgreSQL.
     */
    public Sort toSort(Map<String, String> allowed, String defaultField, String idPath) {
        Sort.Column first = toSort(allowed, defaultField).getColumns().get(0);
        Sort order = Sort.by(first.getName(), first.getDirection(), Sort.NullPrecedence.NULLS_LAST);
        return first.getName().equals(idPath) ? order : order.and(idPath);
    }
}
