package dev.custody.gating;

import java.time.Instant;
import java.util.List;

/** One decision with the rules that fired, the conditions, the scores, the versions it used and the one it replaced. */
public record GateDecisionView(long id, long requestId, GateDecision.Kind kind, GateOutcome outcome, String decidedBy,
        Instant decidedAt, Double inherited, Double residual, int policyVersion, Integer modelVersion,
        List<FiredRule> rules, List<GateCondition> conditions, String justification, Long previousId) {
}
