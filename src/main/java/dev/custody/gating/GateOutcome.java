package dev.custody.gating;

/**
 * What the gate decides about a purchase request, mildest first (the strongest rule that fired wins).
 * NEEDS_ADJUDICATION: a name in the chain resembles a restricted party without matching it exactly; the purchase
 * may not go ahead until an approver overrides it to another outcome.
 */
public enum GateOutcome {
    APPROVE, APPROVE_WITH_CONDITIONS, NEEDS_ADJUDICATION, REJECT
}
