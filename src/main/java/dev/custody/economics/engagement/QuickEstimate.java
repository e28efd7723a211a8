package dev.custody.economics.engagement;

import dev.custody.economics.GordonLoeb;
import dev.custody.economics.Outcomes;
import dev.custody.economics.Viability;
import java.util.List;

/**
 * The answer to a quick estimate: the lognormal of the loss, ALE, the seeded simulation before and after the
 * safeguards, and the residual figures. viability is null unless units and price were given.
 */
public record QuickEstimate(double probability, double mu, double sigma, double meanLoss, double ale,
        List<String> safeguards, double annualCost, VendorEconomics.Range residualProbability, Outcomes outcomes,
        GordonLoeb gordonLoeb, Viability viability, VendorEconomics.Simulation simulation) {
}
