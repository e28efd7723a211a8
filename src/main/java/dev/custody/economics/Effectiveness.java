package dev.custody.economics;

import dev.custody.web.InvalidInputException;

/**
 * How much of a scenario's probability a safeguard removes, as a range: each value 0..1 and
 * {@code low <= expected <= high}; refusals name {@code effectivenessLow}, {@code effectivenessExpected} or
 * {@code effectivenessHigh}.
 */
public record Effectiveness(double low, double expected, double high) {
    public Effectiveness {
        Checks.unit("effectivenessLow", low);
        Checks.unit("effectivenessExpected", expected);
        Checks.unit("effectivenessHigh", high);
        if (expected < low) {
            throw new InvalidInputException("effectivenessExpected", "must not be below the low effectiveness");
        }
        if (high < expected) {
            throw new InvalidInputException("effectivenessHigh", "must not be below the expected effectiveness");
        }
    }

    /** One effectiveness without a range. */
    public static Effectiveness exactly(double value) {
        return new Effectiveness(value, value, value);
    }

    public double at(Estimate estimate) {
        return switch (estimate) {
            case LOW -> low;
            case EXPECTED -> expected;
            case HIGH -> high;
        };
    }
}
