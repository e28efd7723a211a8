package dev.custody.network.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the text of a posted form into typed values. What cannot be read is reported into errors
 * (field -> message) and read as null, so that the form comes back with a message instead of failing.
 */
public final class FormValues {
    static final String REQUIRED = "must not be blank";

    private FormValues() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String upper(String value) {
        String trimmed = text(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    /** A checkbox: sent (as "on") when ticked, absent when not. */
    public static boolean checked(String value) {
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value.trim());
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, "choose one");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, "choose one of the listed values");
            return null;
        }
    }

    /** The version the form was opened with; blank on a new record. */
    public static Long version(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.putIfAbsent("version", "is not a version of this record; reload the page");
            return null;
        }
    }

    static BigDecimal decimal(String value, String field, Map<String, String> errors) {
        String text = required(value, field, errors);
        try {
            return text == null ? null : new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "must be a number such as 0.5");
            return null;
        }
    }

    static Integer integer(String value, String field, Map<String, String> errors) {
        String text = required(value, field, errors);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "must be a whole number");
            return null;
        }
    }

    static LocalDate date(String value, String field, Map<String, String> errors) {
        String text = required(value, field, errors);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(field, "must be a date such as 2024-03-01");
            return null;
        }
    }

    private static String required(String value, String field, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            errors.putIfAbsent(field, REQUIRED);
        }
        return text;
    }
}
