package dev.custody.economics.pages;

import java.math.BigDecimal;
import java.util.Map;

/** Reads the numbers of the economics forms; what cannot be read is reported beside its field and read as null. */
final class FormNumbers {
    private FormNumbers() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A number, or null when blank; 1,234.5 and 1 234,5 are not guessed at: only digits, one point or comma. */
    static BigDecimal optional(String value, String field, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replace("_", ""));
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, "must be a number such as 2500 or 0.35");
            return null;
        }
    }

    static BigDecimal required(String value, String field, Map<String, String> errors) {
        if (text(value) == null) {
            errors.putIfAbsent(field, "must not be blank");
            return null;
        }
        return optional(value, field, errors);
    }

    static Integer wholeNumber(String value, String field, Map<String, String> errors) {
        BigDecimal number = required(value, field, errors);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            errors.putIfAbsent(field, "must be a whole number");
            return null;
        }
    }

    static Long version(String value, Map<String, String> errors) {
        String text = text(value);
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.putIfAbsent("version", "is not a version of this record; reload the page");
            return null;
        }
    }
}
