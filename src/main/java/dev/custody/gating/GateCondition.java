package dev.custody.gating;

import java.time.LocalDate;

/**
 * A condition of an approval: a catalogue safeguard to put in place (safeguardId set) or the sub-tier mapping
 * to complete, with what it costs a year, who answers for it and by when.
 */
public record GateCondition(String kind, Long safeguardId, String name, double annualCost, String owner,
        LocalDate deadline, String text) {
    public static final String SAFEGUARD = "safeguard";
    public static final String SUBTIER_MAPPING = "sub-tier-mapping";
}
