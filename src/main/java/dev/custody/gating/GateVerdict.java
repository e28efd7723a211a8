package dev.custody.gating;

import java.util.List;

/** The gate's answer: outcome, every rule that fired, the conditions, and the residual score they reach. */
public record GateVerdict(GateOutcome outcome, List<FiredRule> rules, List<GateCondition> conditions,
        double inherited, Double residual) {
}
