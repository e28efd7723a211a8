package dev.custody.gating;

import java.util.List;

/**
 * The gate's answer: outcome, every rule that fired, the conditions, the residual score they reach, and how the
 * conditions weigh against the purchase (null without safeguard conditions or a purchase value to weigh them against).
 */
public record GateVerdict(GateOutcome outcome, List<FiredRule> rules, List<GateCondition> conditions,
        double inherited, Double residual, ConditionViability viability) {

    /** Whether a rule that fired is a legal block (restricted party, embargo): no safeguard lifts it. */
    public boolean legallyBlocked() {
        return rules.stream().anyMatch(FiredRule::legalBlock);
    }
}
