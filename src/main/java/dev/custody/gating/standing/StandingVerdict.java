package dev.custody.gating.standing;

import dev.custody.gating.ConditionViability;
import dev.custody.gating.FiredRule;
import dev.custody.gating.GateCondition;
import dev.custody.gating.GateOutcome;
import dev.custody.gating.GateVerdict;
import dev.custody.network.Criticality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A vendor's standing read from the gate's verdict at the criticality it was judged at: the standing, its reason in
 * words (the rules that decide it, the criticality and where it came from), the legal blocks with their paths, and
 * the conditions with what they cost. Pure: the verdict is GateRules' own.
 *
 * @param criticality the deployment criticality the gate judged at
 * @param fromEngagement true when it is the engagement's; false when the vendor has none and the default was used
 */
public record StandingVerdict(Standing standing, String reason, Criticality criticality, boolean fromEngagement,
        List<FiredRule> blocks, List<GateCondition> conditions, Double conditionsCost, Boolean viable,
        Double residual, GateVerdict verdict) {

    public static StandingVerdict of(GateVerdict verdict, Criticality criticality, boolean fromEngagement) {
        Standing standing = Standing.of(verdict);
        List<FiredRule> blocks = verdict.rules().stream().filter(FiredRule::legalBlock).toList();
        List<GateCondition> conditions = verdict.conditions();
        Double cost = conditions.isEmpty() ? null : conditions.stream().mapToDouble(GateCondition::annualCost).sum();
        ConditionViability viability = verdict.viability();
        return new StandingVerdict(standing, reason(standing, verdict, criticality, fromEngagement), criticality,
                fromEngagement, blocks, conditions, cost, viability == null ? null : viability.viable(),
                verdict.residual(), verdict);
    }

    static String reason(Standing standing, GateVerdict verdict, Criticality criticality, boolean fromEngagement) {
        List<String> sentences = new ArrayList<>();
        if (standing == Standing.BARRED) {
            verdict.rules().stream().filter(FiredRule::legalBlock).map(FiredRule::text).forEach(sentences::add);
            sentences.add("No safeguard can lift a legal block: replace the vendor or exit.");
        } else {
            GateOutcome decisive = verdict.outcome();
            verdict.rules().stream().filter(r -> r.effect() == decisive).map(FiredRule::text).forEach(sentences::add);
        }
        String level = criticality.name().toLowerCase(Locale.ROOT);
        sentences.add(fromEngagement ? "Judged at " + level + " criticality, the deployment criticality of its engagement."
                : "It has no engagement, so it is judged at the default " + level + " criticality.");
        return String.join(" ", sentences);
    }

    /** The paths to the organizations that bar the vendor, as "A → B → C". */
    public List<String> paths() {
        return blocks.stream().filter(b -> b.path() != null).map(b -> String.join(" → ", b.path())).distinct().toList();
    }
}
