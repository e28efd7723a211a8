package dev.custody.gating;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One rule of the gate that fired, with the numbers it used said in words; a screening rule names its match. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiredRule(String rule, GateOutcome effect, String text, ScreeningMatch match) {
    public static final String RESTRICTED_PARTY = "restricted-party";
    public static final String POSSIBLE_RESTRICTED_PARTY = "possible-restricted-party";
    public static final String EMBARGO = "embargoed-country";
    public static final String REJECT_THRESHOLD = "reject-threshold";
    public static final String NO_SUFFICIENT_SAFEGUARDS = "no-sufficient-safeguards";
    public static final String SAFEGUARDS_REQUIRED = "safeguards-required";
    public static final String VISIBILITY = "sub-tier-visibility";
    public static final String APPROVE_THRESHOLD = "approve-threshold";

    public FiredRule(String rule, GateOutcome effect, String text) {
        this(rule, effect, text, null);
    }
}
