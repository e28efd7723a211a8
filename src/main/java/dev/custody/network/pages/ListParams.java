package dev.custody.network.pages;

import dev.custody.network.Criticality;
import dev.custody.network.OrganizationFilter;
import dev.custody.network.OrganizationKind;
import dev.custody.scoring.Band;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The query of an organization list page as typed in the address bar: checked into a filter and a page
 * request (bad values become a 400 page, not a 500), and turned back into links for sorting and paging.
 * standing filters the vendor list by the vendors' standing (checked by the page, which knows the standings).
 */
public record ListParams(String path, String q, String country, String kind, String tier, String criticality,
        String riskBand, String sort, String page, String size, String standing) {
    public static final int PAGE_SIZE = 50;
    static final String DEFAULT_SORT = "name";
    /** Vendors open riskiest first (highest inherited score): the list is read to find what needs attention. */
    static final String VENDOR_DEFAULT_SORT = "-inherited";

    public ListParams(String path, String q, String country, String kind, String tier, String criticality,
            String riskBand, String sort, String page, String size) {
        this(path, q, country, kind, tier, criticality, riskBand, sort, page, size, null);
    }

    /** The filter, with the kind fixed when the page shows one kind only (the vendor list). */
    public OrganizationFilter filter(OrganizationKind fixedKind) {
        FieldErrors errors = new FieldErrors();
        OrganizationKind kindValue = fixedKind != null ? fixedKind : parseEnum(OrganizationKind.class, kind, "kind", errors);
        Criticality criticalityValue = parseEnum(Criticality.class, criticality, "criticality", errors);
        Integer tierValue = parseInt(tier, "tier", errors);
        errors.throwIfAny();
        return new OrganizationFilter(blankToNull(q), blankToNull(country), kindValue, tierValue, criticalityValue);
    }

    /** The band filter (low, medium, high, critical), or null for any. */
    public Band bandFilter() {
        FieldErrors errors = new FieldErrors();
        Band value = parseEnum(Band.class, riskBand, "band", errors);
        errors.throwIfAny();
        return value;
    }

    public ListQuery query() {
        FieldErrors errors = new FieldErrors();
        Integer pageValue = parseInt(page, "page", errors);
        Integer sizeValue = parseInt(size, "size", errors);
        errors.throwIfAny();
        return new ListQuery(pageValue == null ? 0 : pageValue, sizeValue == null ? PAGE_SIZE : sizeValue, sortOrDefault());
    }

    public String sortOrDefault() {
        return isBlank(sort) ? defaultSort() : sort.trim();
    }

    /** Risk first on the vendor list, by name on the others. */
    public String defaultSort() {
        return "/vendors".equals(path) ? VENDOR_DEFAULT_SORT : DEFAULT_SORT;
    }

    /** The query of this list (filters and sort, no page) for an export link such as "/vendors/export?format=csv". */
    public String exportUrl(String format) {
        String query = url(isBlank(sort) ? null : sort.trim(), 0);
        int start = query.indexOf('?');
        return path + "/export?format=" + format + (start < 0 ? "" : "&" + query.substring(start + 1));
    }

    public String sortField() {
        String s = sortOrDefault();
        return s.startsWith("-") ? s.substring(1) : s;
    }

    public boolean descending() {
        return sortOrDefault().startsWith("-");
    }

    /** The link of a column header: sorts by that column, or reverses it when it is already the sort. */
    public String sortUrl(String field) {
        String next = field.equals(sortField()) && !descending() ? "-" + field : field;
        return url(next, 0);
    }

    /** "ascending", "descending" or "none", for aria-sort on the column header. */
    public String ariaSort(String field) {
        if (!field.equals(sortField())) {
            return "none";
        }
        return descending() ? "descending" : "ascending";
    }

    public String arrow(String field) {
        if (!field.equals(sortField())) {
            return "";
        }
        return descending() ? "▼" : "▲";
    }

    public String pageUrl(int pageNumber) {
        return url(isBlank(sort) ? null : sort.trim(), pageNumber);
    }

    public boolean filtered() {
        return !isBlank(q) || !isBlank(country) || !isBlank(kind) || !isBlank(tier) || !isBlank(criticality)
                || !isBlank(riskBand) || !isBlank(standing);
    }

    private String url(String sortValue, int pageNumber) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("country", country);
        params.put("kind", kind);
        params.put("tier", tier);
        params.put("criticality", criticality);
        params.put("band", riskBand);
        params.put("standing", standing);
        params.put("sort", sortValue);
        params.put("size", size);
        params.put("page", pageNumber == 0 ? null : String.valueOf(pageNumber));
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (!isBlank(value)) {
                query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? path : path + "?" + query;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, FieldErrors errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Integer parseInt(String value, String field, FieldErrors errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number");
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
