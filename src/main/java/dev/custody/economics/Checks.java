package dev.custody.economics;

import dev.custody.web.InvalidInputException;

/** Input checks shared by the economics records; each refusal names the field. */
final class Checks {
    private Checks() {
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, "must be a finite number");
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(finite(field, value) >= 0.0)) {
            throw new InvalidInputException(field, "must not be negative");
        }
        return value;
    }

    static double unit(String field, double value) {
        if (!(finite(field, value) >= 0.0 && value <= 1.0)) {
            throw new InvalidInputException(field, "must be between 0 and 1");
        }
        return value;
    }

    static String key(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
