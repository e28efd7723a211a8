package dev.custody.gating.standing;

import dev.custody.gating.GateVerdict;
import java.util.Locale;

/**
 * What the gate would say about a vendor today (DOMAIN.md section 8), worst first: barred (a restricted party or an
 * embargoed country in its tier tree or custody chain, which no safeguard can lift), reject, needs adjudication (a
 * name only resembles a listed party), approve with conditions, approve.
 */
public enum Standing {
    BARRED("Barred"),
    REJECT("Reject"),
    NEEDS_ADJUDICATION("Needs adjudication"),
    APPROVE_WITH_CONDITIONS("Approve with conditions"),
    APPROVE("Approve");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    /** The standing a verdict gives: barred when a legal block fired, otherwise the verdict's outcome. */
    public static Standing of(GateVerdict verdict) {
        if (verdict.legallyBlocked()) {
            return BARRED;
        }
        return switch (verdict.outcome()) {
            case REJECT -> REJECT;
            case NEEDS_ADJUDICATION -> NEEDS_ADJUDICATION;
            case APPROVE_WITH_CONDITIONS -> APPROVE_WITH_CONDITIONS;
            case APPROVE -> APPROVE;
        };
    }

    /** The standing as people read it: "Approve with conditions". */
    public String label() {
        return label;
    }

    /** The name used in page addresses and style classes: "approve-with-conditions". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Better than the other: nearer to approve. */
    public boolean betterThan(Standing other) {
        return ordinal() > other.ordinal();
    }

    /** Reads a filter value: the name or the slug, any case; null when blank. */
    public static Standing parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
