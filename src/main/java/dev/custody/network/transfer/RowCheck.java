package dev.custody.network.transfer;

import dev.custody.platform.TextChecks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the typed values of one row, keeping the first error of each cell. */
final class RowCheck {
    private final ImportTable table;
    private final RawRow row;
    private final Map<String, String> errors = new LinkedHashMap<>();

    RowCheck(ImportTable table, RawRow row) {
        this.table = table;
        this.row = row;
        errors.putAll(row.problems());
    }

    int number() {
        return row.number();
    }

    /** The cell's text; a control character (other than line breaks in a description) makes it an error. */
    String text(String column) {
        if (!ok(column)) {
            return null;
        }
        String value = row.value(column);
        TextChecks.problem(column, value).ifPresent(problem -> error(column, problem));
        return ok(column) ? value : null;
    }

    /** A country code, upper-cased so that "tw" is TW. */
    String code(String column) {
        String value = text(column);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** An enum value; "contract manufacturer" and "Contract-Manufacturer" both read as CONTRACT_MANUFACTURER. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = text(column);
        String allowed = String.join(", ", table.column(column).orElseThrow().allowed());
        if (value == null) {
            error(column, "is required; one of " + allowed);
            return null;
        }
        String key = ImportTable.normalize(value).toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        error(column, "\"" + value + "\" is not one of " + allowed);
        return null;
    }

    /** A decimal such as 0.6, or a percentage such as 60%. */
    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        boolean percent = value.endsWith("%");
        try {
            BigDecimal number = new BigDecimal(percent ? value.substring(0, value.length() - 1).trim() : value);
            return percent ? number.movePointLeft(2) : number;
        } catch (NumberFormatException e) {
            error(column, "\"" + value + "\" is not a number; write a share such as 0.6 or 60%");
            return null;
        }
    }

    /** Bean Validation results, reported against the column of each property; earlier cell errors win. */
    void violations(Set<? extends ConstraintViolation<?>> violations, Map<String, String> columnOfProperty) {
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            String column = columnOfProperty.get(v.getPropertyPath().toString());
            if (column != null) {
                error(column, message(v));
            }
        });
    }

    private static String message(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotNull.class || constraint == NotBlank.class ? "is required" : violation.getMessage();
    }

    void check(boolean ok, String column, String message) {
        if (!ok) {
            error(column, message);
        }
    }

    void error(String column, String message) {
        errors.putIfAbsent(column, message);
    }

    boolean ok(String column) {
        return !errors.containsKey(column);
    }

    List<ImportError> errors() {
        return errors.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> table.indexOf(e.getKey())))
                .map(e -> new ImportError(table.sheet(), row.number(), e.getKey(), e.getValue()))
                .toList();
    }
}
