package dev.custody.gating;

import java.time.Instant;
import java.util.List;

/**
 * One decision with the rules that fired, the conditions and how they weigh against the purchase, the scores, the
 * versions it used and the one it replaced; an override carries its justification (and legal basis on a legal block).
 */
public record GateDecisionView(long id, long requestId, GateDecision.Kind kind, GateOutcome outcome, String decidedBy,
        Instant decidedAt, Double inherited, Double residual, int policyVersion, Integer modelVersion,
        List<FiredRule> rules, List<GateCondition> conditions, String justification, Long previousId,
        ConditionViability viability, String legalBasis, String label) {

    /** The outcome as people read it: "Approved by override" for an override, else "Approved", "Rejected" ... */
    public static String label(GateDecision.Kind kind, GateOutcome outcome) {
        String plain = switch (outcome) {
            case APPROVE -> "Approved";
            case APPROVE_WITH_CONDITIONS -> "Approved with conditions";
            case NEEDS_ADJUDICATION -> "Needs adjudication";
            case REJECT -> "Rejected";
        };
        return kind == GateDecision.Kind.OVERRIDE ? plain + " by override" : plain;
    }

    /** A legal block (restricted party, embargo) fired: only an administrator with a legal basis overrides it. */
    public boolean legallyBlocked() {
        return outcome == GateOutcome.REJECT && rules.stream().anyMatch(FiredRule::legalBlock);
    }
}
