package dev.custody.gating;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One rule of the gate that fired, with the numbers it used said in words; a screening rule names its match, and a
 * legal block (restricted party, embargo) the organization it is about and the path from the vendor down to it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiredRule(String rule, GateOutcome effect, String text, ScreeningMatch match, String organization,
        List<String> path) {
    public static final String RESTRICTED_PARTY = "restricted-party";
    public static final String POSSIBLE_RESTRICTED_PARTY = "possible-restricted-party";
    public static final String EMBARGO = "embargoed-country";
    public static final String REJECT_THRESHOLD = "reject-threshold";
    public static final String NO_SUFFICIENT_SAFEGUARDS = "no-sufficient-safeguards";
    public static final String SAFEGUARDS_REQUIRED = "safeguards-required";
    public static final String CONDITIONS_NOT_VIABLE = "conditions-not-viable";
    public static final String VISIBILITY = "sub-tier-visibility";
    public static final String APPROVE_THRESHOLD = "approve-threshold";

    public FiredRule(String rule, GateOutcome effect, String text) {
        this(rule, effect, text, null, null, null);
    }

    public FiredRule(String rule, GateOutcome effect, String text, ScreeningMatch match) {
        this(rule, effect, text, match, match == null ? null : match.organization(), match == null ? null : match.path());
    }

    /** A legal block: no safeguard can lift it, and only an administrator with a legal basis may override it. */
    public boolean legalBlock() {
        return effect == GateOutcome.REJECT && (RESTRICTED_PARTY.equals(rule) || EMBARGO.equals(rule));
    }
}
