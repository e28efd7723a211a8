package dev.custody.gating;

/** One rule of the gate that fired, with the numbers it used said in words. */
public record FiredRule(String rule, GateOutcome effect, String text) {
    public static final String RESTRICTED_PARTY = "restricted-party";
    public static final String EMBARGO = "embargoed-country";
    public static final String REJECT_THRESHOLD = "reject-threshold";
    public static final String NO_SUFFICIENT_SAFEGUARDS = "no-sufficient-safeguards";
    public static final String SAFEGUARDS_REQUIRED = "safeguards-required";
    public static final String VISIBILITY = "sub-tier-visibility";
    public static final String APPROVE_THRESHOLD = "approve-threshold";
}
