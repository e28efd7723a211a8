package dev.custody.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The where-clause of a list query, built from the filters a client gave; a filter not given adds nothing. */
public final class Where {
    /**
     * A Panache find: {@code repository::find}, or for an entity a lambda
     * {@code (hql, sort, params) -> Site.find(hql, sort, params)}: a method reference {@code Site::find} would
     * bind to PanacheEntityBase, which Panache does not enhance.
     */
    @FunctionalInterface
    public interface Finder<T> {
        PanacheQuery<T> find(String hql, Sort sort, Map<String, Object> params);
    }

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a condition naming {@code :param} when the value is given (not null, not blank text). */
    public Where and(String condition, String param, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        conditions.add(condition);
        params.put(param, value instanceof String text ? text.trim() : value);
        return this;
    }

    /** Adds a condition without parameters when the flag is set. */
    public Where andIf(boolean given, String condition) {
        if (given) {
            conditions.add(condition);
        }
        return this;
    }

    /** Adds a case-insensitive "contains" search over the given paths, bound as {@code :q}. */
    public Where contains(String text, String... paths) {
        if (text == null || text.isBlank()) {
            return this;
        }
        conditions.add(Arrays.stream(paths).map(path -> "lower(" + path + ") like :q escape '!'")
                .collect(Collectors.joining(" or ", "(", ")")));
        // Escaped so that a search for "a_b" or "50%" means those characters, not wildcards.
        String literal = text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        params.put("q", "%" + literal + "%");
        return this;
    }

    public String hql() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /** Runs the query for one page. */
    public <T> PageResult<T> list(Finder<T> finder, Sort sort, ListQuery query) {
        PanacheQuery<T> found = finder.find(hql(), sort, new HashMap<>(params)).page(query.page(), query.size());
        return new PageResult<>(found.list(), query.page(), query.size(), found.count());
    }
}
