package dev.custody.reports;

import dev.custody.scoring.ScoringModel;

/**
 * The parameters a report's numbers were computed with, for the methodology appendix.
 *
 * @param scoringModelVersion version of the scoring model in force
 * @param scoringModel all its parameters (weights, bands, p_min/p_max, k, scenario shares, amortisation, viability)
 * @param gatePolicyVersion version of the gate policy in force (null when none is active yet)
 * @param monteCarloYears simulated years of the portfolio loss distribution
 * @param monteCarloSeed its seed (same seed, same numbers)
 * @param highRiskFrom a jurisdiction is high-risk when its geography score G is at least this
 * @param highRiskDefinition the definition of a high-risk jurisdiction, in words
 * @param topVendors how many vendors the "top vendors" section lists
 */
public record Methodology(int scoringModelVersion, ScoringModel scoringModel, Integer gatePolicyVersion,
        int monteCarloYears, long monteCarloSeed, double highRiskFrom, String highRiskDefinition, int topVendors) {
}
