package dev.custody.gating;

import dev.custody.economics.Safeguard;
import dev.custody.network.Criticality;
import dev.custody.scoring.Propagation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The procurement gate of DOMAIN.md section 5 as plain arithmetic: reject on a restricted party or an
 * embargoed country anywhere in the vendor's tier tree or custody chain, or an inherited score above the
 * reject threshold; needs adjudication when a name only resembles a restricted party (at or above the configured
 * similarity); approve with conditions (the cheapest safeguards that bring the residual score under
 * the approve threshold, a sub-tier mapping when visibility is too low); approve otherwise. Every rule
 * that fired is reported, also after the first reject, so the record is complete.
 *
 * <p>Conditions are weighed against the purchase (DOMAIN.md section 8): when their annual cost is above the policy's
 * share of the purchase's annual value, a rule says they are not viable and names the cheaper paths the facts
 * allow — the nearest lower criticality at which the gate approves or its conditions are viable, and an executive's
 * acceptance through the override. (Another vendor is named by the caller, which knows the other vendors.)
 *
 * <p>Choices the text leaves open: a score at or above the approve threshold that no set of catalogue
 * safeguards brings under it is rejected; an organization matches a party when its normalised name or its
 * parent company's equals the party's name or one of its aliases (the lists cover subsidiaries).
 */
public final class GateRules {
    private GateRules() {
    }

    public static GateVerdict decide(GateFacts facts, GatePolicy policy) {
        GateVerdict verdict = evaluate(facts, policy);
        ConditionViability viability = verdict.viability();
        if (viability == null || viability.viable()) {
            return verdict;
        }
        List<ConditionViability.CheaperPath> paths = new ArrayList<>(lowerCriticality(facts, policy));
        paths.add(new ConditionViability.CheaperPath(ConditionViability.CheaperPath.OVERRIDE,
                "An executive accepts the risk without these conditions: ask for an override to approve, which an "
                        + "approver other than the requester grants with a written justification.",
                null, null, null, GateOutcome.APPROVE, null));
        ConditionViability weighed = new ConditionViability(viability.annualCost(), viability.annualValue(),
                viability.limitPercent(), viability.limit(), false, viability.currency(), paths);
        return new GateVerdict(verdict.outcome(), verdict.rules(), verdict.conditions(), verdict.inherited(),
                verdict.residual(), weighed);
    }

    /** The nearest lower criticality at which the gate approves, or approves with viable conditions; none: empty. */
    private static List<ConditionViability.CheaperPath> lowerCriticality(GateFacts facts, GatePolicy policy) {
        for (int c = facts.criticality().ordinal() - 1; c >= 0; c--) {
            Criticality lower = Criticality.values()[c];
            GateVerdict there = evaluate(facts.at(lower), policy);
            String level = lower.name().toLowerCase(Locale.ROOT);
            if (there.outcome() == GateOutcome.APPROVE) {
                return List.of(new ConditionViability.CheaperPath(ConditionViability.CheaperPath.CRITICALITY,
                        "Deployed at " + level + " criticality, the purchase is approved without conditions.", null,
                        null, lower, GateOutcome.APPROVE, null));
            }
            if (there.outcome() == GateOutcome.APPROVE_WITH_CONDITIONS
                    && (there.viability() == null || there.viability().viable())) {
                double cost = there.conditions().stream().mapToDouble(GateCondition::annualCost).sum();
                return List.of(new ConditionViability.CheaperPath(ConditionViability.CheaperPath.CRITICALITY,
                        "Deployed at " + level + " criticality, the conditions cost " + money(cost, facts.currency())
                                + " a year, within the policy's share of the purchase.", null, null, lower,
                        GateOutcome.APPROVE_WITH_CONDITIONS, cost));
            }
        }
        return List.of();
    }

    private static GateVerdict evaluate(GateFacts facts, GatePolicy policy) {
        GateThresholds limits = policy.at(facts.criticality());
        // The score as shown: stored scores are rounded already; a caller's unrounded one is compared as printed.
        double inherited = Propagation.shown(facts.inherited());
        List<FiredRule> rules = new ArrayList<>();
        if (policy.blockRestrictedParties()) {
            rules.addAll(restrictedParties(facts));
        }
        if (policy.blockEmbargoedCountries()) {
            rules.addAll(embargoes(facts));
        }
        String level = facts.criticality().name().toLowerCase(Locale.ROOT);
        if (inherited > limits.rejectAbove()) {
            rules.add(new FiredRule(FiredRule.REJECT_THRESHOLD, GateOutcome.REJECT, String.format(Locale.ROOT,
                    "The vendor's inherited score %.1f is above the reject threshold %s for %s-criticality deployments.",
                    inherited, threshold(limits.rejectAbove()), level)));
        }
        List<GateCondition> conditions = new ArrayList<>();
        Double residual = null;
        if (inherited >= limits.approveBelow() && inherited <= limits.rejectAbove()) {
            residual = safeguards(facts, inherited, policy, limits, level, rules, conditions);
        }
        visibility(facts, policy, limits, level, rules, conditions);
        GateOutcome outcome = outcome(rules);
        ConditionViability viability = outcome == GateOutcome.APPROVE_WITH_CONDITIONS
                ? weigh(facts, policy, conditions, rules) : null;
        if (outcome == GateOutcome.APPROVE) {
            rules.add(new FiredRule(FiredRule.APPROVE_THRESHOLD, GateOutcome.APPROVE, String.format(Locale.ROOT,
                    "No restricted party or embargoed country in the tier tree or custody chain, and the inherited "
                            + "score %.1f is below the approve threshold %s for %s-criticality deployments.",
                    inherited, threshold(limits.approveBelow()), level)));
        }
        return new GateVerdict(outcome, List.copyOf(rules), outcome == GateOutcome.REJECT ? List.of() : List.copyOf(conditions),
                inherited, residual, viability);
    }

    /**
     * The conditions' annual cost against the policy's share of the purchase's annual value; a rule when they are not
     * viable. Null when there is no value to weigh against or the conditions cost nothing.
     */
    private static ConditionViability weigh(GateFacts facts, GatePolicy policy, List<GateCondition> conditions,
            List<FiredRule> rules) {
        double cost = conditions.stream().mapToDouble(GateCondition::annualCost).sum();
        if (facts.annualValue() == null || cost <= 0) {
            return null;
        }
        double value = facts.annualValue();
        double limit = policy.conditionCostLimit(value);
        boolean viable = cost <= limit;
        if (!viable) {
            rules.add(new FiredRule(FiredRule.CONDITIONS_NOT_VIABLE, GateOutcome.APPROVE_WITH_CONDITIONS,
                    String.format(Locale.ROOT, "The conditions cost %s a year, %.0f %% of the purchase's annual value "
                            + "of %s, more than the %s %% the policy accepts (%s): they are not viable, and a cheaper "
                            + "path is named below.", money(cost, facts.currency()), 100.0 * cost / Math.max(value, 0.01),
                            money(value, facts.currency()), percent(policy.maxConditionCostPercent()),
                            money(limit, facts.currency()))));
        }
        return new ConditionViability(cost, value, policy.maxConditionCostPercent(), limit, viable, facts.currency(),
                List.of());
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static GateOutcome outcome(List<FiredRule> rules) {
        GateOutcome outcome = GateOutcome.APPROVE;
        for (FiredRule rule : rules) {
            if (rule.effect().ordinal() > outcome.ordinal()) {
                outcome = rule.effect();
            }
        }
        return outcome;
    }

    /**
     * Per organization: its name or its parent company's equal to a listed name or alias rejects; otherwise names
     * at or above the similarity threshold need adjudication, each candidate named.
     */
    static List<FiredRule> restrictedParties(GateFacts facts) {
        Screening screening = facts.screening();
        List<FiredRule> fired = new ArrayList<>();
        for (GateFacts.Member member : facts.members()) {
            PartyIndex.Hit hit = screening.exact(member.name());
            String screened = member.name();
            String how = "is";
            if (hit == null) {
                hit = screening.exact(member.parentCompany());
                screened = member.parentCompany();
                how = "is owned by";
            }
            if (hit != null) {
                fired.add(new FiredRule(FiredRule.RESTRICTED_PARTY, GateOutcome.REJECT, String.format(Locale.ROOT,
                        "%s in the %s (%s) %s %s, listed under %s.%s", member.name(), member.where(),
                        String.join(" → ", member.path()), how, hit.party().name(), hit.party().listName(),
                        lookalike(screened, hit)), match(member, screened, hit)));
            } else {
                fired.addAll(possible(member, member.name(), "", screening));
                fired.addAll(possible(member, member.parentCompany(), "is owned by " + member.parentCompany()
                        + ", which ", screening));
            }
        }
        return fired;
    }

    private static List<FiredRule> possible(GateFacts.Member member, String screened, String owner,
            Screening screening) {
        List<FiredRule> fired = new ArrayList<>();
        for (PartyIndex.Hit hit : screening.close(screened)) {
            fired.add(new FiredRule(FiredRule.POSSIBLE_RESTRICTED_PARTY, GateOutcome.NEEDS_ADJUDICATION,
                    String.format(Locale.ROOT, "%s in the %s (%s) %sresembles %s, listed under %s (\"%s\" matches "
                            + "\"%s\" with similarity %.2f%s, adjudication from %.2f); an approver must decide "
                            + "whether they are the same party.", member.name(), member.where(),
                            String.join(" → ", member.path()), owner, hit.party().name(), hit.party().listName(),
                            screened, hit.matchedName(), hit.similarity(),
                            hit.lookalike() ? " once look-alike letters are read as the letters they imitate" : "",
                            screening.threshold()),
                    match(member, screened, hit)));
        }
        return fired;
    }

    /** For a look-alike hit, the sentence that says why a name that is not equal still matched. */
    private static String lookalike(String screened, PartyIndex.Hit hit) {
        if (!hit.lookalike()) {
            return "";
        }
        return String.format(Locale.ROOT, " \"%s\" is written with look-alike letters (%s script) that read as "
                + "\"%s\".", screened, String.join(" and ", PartyNames.scripts(screened)), hit.matchedName());
    }

    private static ScreeningMatch match(GateFacts.Member member, String screened, PartyIndex.Hit hit) {
        return new ScreeningMatch(member.name(), screened, member.where(), member.path(), hit.party().name(),
                hit.party().listName(), hit.matchedName(), hit.similarity());
    }

    static List<FiredRule> embargoes(GateFacts facts) {
        List<FiredRule> fired = new ArrayList<>();
        for (GateFacts.Member member : facts.members()) {
            for (String country : member.countries()) {
                String name = country == null ? null : facts.embargoed().get(country);
                if (name != null) {
                    fired.add(new FiredRule(FiredRule.EMBARGO, GateOutcome.REJECT, String.format(Locale.ROOT,
                            "%s in the %s (%s) is in %s (%s), an embargoed country.", member.name(), member.where(),
                            String.join(" → ", member.path()), name, country), null, member.name(), member.path()));
                }
            }
        }
        return fired;
    }

    private static Double safeguards(GateFacts facts, double inherited, GatePolicy policy, GateThresholds limits,
            String level, List<FiredRule> rules, List<GateCondition> conditions) {
        List<Safeguard> candidates = List.copyOf(facts.candidates().values());
        SafeguardChoice.Choice choice = SafeguardChoice.cheapest(facts.scenarios(), candidates, limits.approveBelow(),
                facts.model(), facts.amortisationYears(), facts.quantity());
        if (choice == null) {
            double best = SafeguardChoice.residualScore(facts.scenarios(), candidates, facts.model());
            rules.add(new FiredRule(FiredRule.NO_SUFFICIENT_SAFEGUARDS, GateOutcome.REJECT, String.format(Locale.ROOT,
                    "The inherited score %.1f is at or above the approve threshold %s for %s-criticality deployments, "
                            + "and even every catalogue safeguard together only brings the residual score to %.1f.",
                    inherited, threshold(limits.approveBelow()), level, best)));
            return best;
        }
        Map<String, String> names = new HashMap<>();
        facts.candidates().forEach((name, s) -> names.put(s.key(), name));
        for (Safeguard s : choice.safeguards()) {
            String name = names.get(s.key());
            conditions.add(new GateCondition(GateCondition.SAFEGUARD, Long.valueOf(s.key()), name,
                    s.cost().perYear(facts.amortisationYears(), facts.quantity()), facts.owner(),
                    facts.today().plusDays(policy.conditionDeadlineDays()), "Put in place: " + name + "."));
        }
        rules.add(new FiredRule(FiredRule.SAFEGUARDS_REQUIRED, GateOutcome.APPROVE_WITH_CONDITIONS, String.format(
                Locale.ROOT, "The inherited score %.1f is at or above the approve threshold %s for %s-criticality "
                        + "deployments; the cheapest safeguards that bring the residual score under it (to %.1f, at "
                        + "%s a year) are: %s.", inherited, threshold(limits.approveBelow()), level, choice.residual(),
                money(choice.annualCost(), facts.currency()), String.join(", ", choice.safeguards().stream().map(s -> names.get(s.key())).toList()))));
        return choice.residual();
    }

    /**
     * A threshold as it is compared: one decimal like a score ("40.0"), more when the policy gives more ("74.95"), so
     * the text never prints a rounded threshold beside a score compared with the exact one.
     */
    static String threshold(double value) {
        java.math.BigDecimal exact = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        return (exact.scale() < 1 ? exact.setScale(1) : exact).toPlainString();
    }

    /** An amount as the pages show money: thousands separators, two decimals and the currency code. */
    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%,.2f %s", amount, currency);
    }

    private static void visibility(GateFacts facts, GatePolicy policy, GateThresholds limits, String level,
            List<FiredRule> rules, List<GateCondition> conditions) {
        int seen = facts.visibility() == null ? 0 : facts.visibility();
        if (seen >= limits.minVisibility()) {
            return;
        }
        String known = facts.visibility() == null ? "unknown (never assessed or stale, counted as 0 %)"
                : seen + " %";
        rules.add(new FiredRule(FiredRule.VISIBILITY, GateOutcome.APPROVE_WITH_CONDITIONS, String.format(Locale.ROOT,
                "Sub-tier visibility is %s, below the %d %% required for %s-criticality deployments.", known,
                limits.minVisibility(), level)));
        conditions.add(new GateCondition(GateCondition.SUBTIER_MAPPING, null, "Sub-tier mapping", 0.0, facts.owner(),
                facts.today().plusDays(policy.conditionDeadlineDays()), String.format(Locale.ROOT,
                        "Have the vendor identify its tier-2 and deeper suppliers until visibility reaches %d %%.",
                        limits.minVisibility())));
    }
}
