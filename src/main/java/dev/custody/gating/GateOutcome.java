package dev.custody.gating;

/** What the gate decides about a purchase request. */
public enum GateOutcome {
    APPROVE, APPROVE_WITH_CONDITIONS, REJECT
}
