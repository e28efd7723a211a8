package dev.custody.economics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Expected loss and whether safeguards pay (DOMAIN.md section 4): residual probabilities, ROSI, the
 * Gordon–Loeb line and market viability, for a given set of safeguards.
 */
public final class SafeguardEconomics {
    private SafeguardEconomics() {
    }

    /** {@code p' = p * prod(1 - e_k)} over the safeguards that address the scenario. */
    public static double residualProbability(Scenario scenario, Collection<Safeguard> safeguards, Estimate estimate) {
        double residual = scenario.probability();
        for (Safeguard safeguard : safeguards) {
            if (safeguard.mitigates(scenario.key())) {
                residual *= 1.0 - safeguard.effectiveness().at(estimate);
            }
        }
        return residual;
    }

    /** The engagement's scenarios with their residual probabilities. */
    public static List<Scenario> residualScenarios(Exposure exposure, Collection<Safeguard> safeguards, Estimate estimate) {
        List<Scenario> residual = new ArrayList<>(exposure.scenarios().size());
        for (Scenario scenario : exposure.scenarios()) {
            residual.add(scenario.withProbability(residualProbability(scenario, safeguards, estimate)));
        }
        return residual;
    }

    /** ALE with the safeguards in place: {@code sum_s p'_s * mean loss_s}. */
    public static double aleAfter(Exposure exposure, Collection<Safeguard> safeguards, Estimate estimate) {
        double sum = 0.0;
        for (Scenario scenario : exposure.scenarios()) {
            sum += residualProbability(scenario, safeguards, estimate) * scenario.loss().mean();
        }
        return sum;
    }

    /** Sum of the safeguards' annual costs for the engagement. */
    public static double annualCost(Exposure exposure, Collection<Safeguard> safeguards, EconomicsModel model) {
        double sum = 0.0;
        for (Safeguard safeguard : safeguards) {
            sum += safeguard.annualCost(model, exposure.unitsPerYear());
        }
        return sum;
    }

    /** ENISA {@code ROSI = (ALE_before - ALE_after - cost) / cost}; null when the cost is 0 (undefined). */
    public static Double rosi(double aleBefore, double aleAfter, double annualCost) {
        return annualCost > 0.0 ? (aleBefore - aleAfter - annualCost) / annualCost : null;
    }

    /** ALE after, reduction, net and ROSI of the safeguards at each effectiveness estimate. */
    public static Outcomes outcomes(Exposure exposure, Collection<Safeguard> safeguards, double annualCost) {
        return new Outcomes(outcome(exposure, safeguards, annualCost, Estimate.LOW),
                outcome(exposure, safeguards, annualCost, Estimate.EXPECTED),
                outcome(exposure, safeguards, annualCost, Estimate.HIGH));
    }

    private static Outcome outcome(Exposure exposure, Collection<Safeguard> safeguards, double cost, Estimate estimate) {
        double before = exposure.ale();
        double after = aleAfter(exposure, safeguards, estimate);
        return new Outcome(after, before - after, before - after - cost, rosi(before, after, cost));
    }

    /** Spend beyond {@code ALE / e} is never optimal (Gordon–Loeb). */
    public static GordonLoeb gordonLoeb(double aleBefore, double annualCost) {
        double bound = aleBefore / Math.E;
        return new GordonLoeb(bound, annualCost, annualCost > bound);
    }

    /** Annual cost per unit as a share of the unit price, flagged above the model's threshold. */
    public static Viability viability(Exposure exposure, double annualCost, EconomicsModel model) {
        double perUnit = annualCost == 0.0 ? 0.0
                : exposure.unitsPerYear() > 0.0 ? annualCost / exposure.unitsPerYear() : Double.POSITIVE_INFINITY;
        double share = perUnit == 0.0 ? 0.0
                : exposure.unitPrice() > 0.0 ? perUnit / exposure.unitPrice() : Double.POSITIVE_INFINITY;
        return new Viability(perUnit, share, model.viabilityThreshold(), share > model.viabilityThreshold());
    }

    /** One safeguard judged on its own at expected effectiveness. */
    public static SafeguardAppraisal appraise(Exposure exposure, Safeguard safeguard, EconomicsModel model, boolean inPlan) {
        double cost = safeguard.annualCost(model, exposure.unitsPerYear());
        Outcomes alone = outcomes(exposure, List.of(safeguard), cost);
        Viability viability = viability(exposure, cost, model);
        Verdict verdict = !(alone.expected().net() > 0.0) ? Verdict.DOES_NOT_PAY
                : viability.exceeded() ? Verdict.EXCEEDS_MARKET_VIABILITY : Verdict.PAYS;
        return new SafeguardAppraisal(safeguard.key(), cost, alone, viability, verdict, inPlan);
    }

    /**
     * A chosen set of safeguards evaluated, with every candidate appraised on its own (pass the chosen set
     * again as candidates when there are no others).
     *
     * @param budget the budget the plan was chosen under, reported as is (null when none)
     */
    public static Plan evaluate(Exposure exposure, List<Safeguard> chosen, List<Safeguard> candidates,
            EconomicsModel model, Double budget) {
        double cost = annualCost(exposure, chosen, model);
        List<String> keys = chosen.stream().map(Safeguard::key).toList();
        List<SafeguardAppraisal> appraisals = new ArrayList<>(candidates.size());
        for (Safeguard candidate : candidates) {
            appraisals.add(appraise(exposure, candidate, model, keys.contains(candidate.key())));
        }
        double before = exposure.ale();
        return new Plan(keys, cost, before, outcomes(exposure, chosen, cost), gordonLoeb(before, cost),
                viability(exposure, cost, model), appraisals, budget);
    }
}
