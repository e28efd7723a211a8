package dev.custody.economics;

/**
 * One candidate safeguard judged on its own, and whether the plan chose it.
 *
 * @param key the safeguard's key
 * @param annualCost its annual cost for the engagement
 * @param alone its outcomes when it is the only safeguard
 * @param viability its cost per unit against the unit price
 * @param verdict pays, does not pay, or exceeds market viability
 * @param inPlan whether the plan includes it
 */
public record SafeguardAppraisal(String key, double annualCost, Outcomes alone, Viability viability, Verdict verdict,
        boolean inPlan) {
}
