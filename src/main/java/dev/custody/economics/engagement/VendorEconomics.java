package dev.custody.economics.engagement;

import dev.custody.economics.GordonLoeb;
import dev.custody.economics.LossDistribution;
import dev.custody.economics.Outcomes;
import dev.custody.economics.Verdict;
import dev.custody.economics.Viability;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a vendor's engagement costs us in expectation and which safeguards pay, as the API and the Safeguards page
 * show it. Every number comes from the calculators in dev.custody.economics. exit is set for a barred vendor (no
 * plan: replace it or exit, its ALE is the exposure to exit); committed are the safeguards decisions in force make
 * conditions, in the plan whatever the budget, costing committedCost a year.
 */
public record VendorEconomics(long organizationId, String organizationName, String currency, int unitsPerYear,
        BigDecimal unitPrice, BigDecimal annualSpend, double pEff, List<ScenarioLine> scenarios, double ale,
        Simulation simulation, List<Candidate> candidates, List<Excluded> excluded, PlanView plan, Settings model,
        Exit exit, List<PortfolioResult.Named> committed, double committedCost) {

    /** A barred vendor: no safeguard budget; exposure is its expected annual loss, reason the standing's. */
    public record Exit(double exposure, String reason) {
    }

    /** Whether the plan's safeguard of this name is committed by a decision in force. */
    public boolean isCommitted(String safeguardName) {
        return committed.stream().anyMatch(n -> n.name().equals(safeguardName));
    }

    /** One scenario: p_s (derived from p_eff x share, or the analyst's and marked so), the lognormal and ALE. */
    public record ScenarioLine(String key, String name, double share, double derivedProbability, double probability,
            boolean overridden, String overrideReason, BigDecimal lossLow, BigDecimal lossHigh, double mu, double sigma,
            double meanLoss, double ale) {
    }

    /** The seeded Monte Carlo run before and after the recommended plan, on the same loss grid. */
    public record Simulation(int years, long seed, LossDistribution before, LossDistribution after) {
    }

    /** A candidate judged alone: its annual cost, loss reduction and ROSI at low, expected and high effectiveness. */
    public record Candidate(long id, String name, String controlId, Set<String> scenarios, double annualCost,
            Range reduction, NullableRange rosi, double viabilityShare, Verdict verdict, boolean inPlan) {
    }

    public record Range(double low, double expected, double high) {
    }

    /** ROSI at each estimate; null where the annual cost is 0. */
    public record NullableRange(Double low, Double expected, Double high) {
    }

    /** A catalogue safeguard that is no candidate here, and why. */
    public record Excluded(long id, String name, String reason) {
    }

    /** The recommended plan with the two sanity lines. */
    public record PlanView(List<Long> safeguardIds, List<String> safeguardNames, Double budget, double annualCost,
            double aleBefore, Outcomes outcomes, GordonLoeb gordonLoeb, Viability viability) {
    }

    /** The model parameters the numbers were computed with. */
    public record Settings(int amortisationYears, double viabilityThreshold, int monteCarloYears, long seed) {
    }
}
