package dev.custody.economics;

/** The outcome at the low, expected and high effectiveness of the safeguards involved. */
public record Outcomes(Outcome low, Outcome expected, Outcome high) {
    public Outcome at(Estimate estimate) {
        return switch (estimate) {
            case LOW -> low;
            case EXPECTED -> expected;
            case HIGH -> high;
        };
    }
}
