package dev.custody.economics.engagement;

import java.util.List;

/**
 * A budget spread over vendors: what each gets, the total cost and loss reduction, and the marginal return (loss
 * reduction per money unit) of the last step bought. upperBound is the best net reduction any allocation could reach.
 * Committed safeguards (conditions of decisions in force) are counted as given and shown apart, outside the budget;
 * barred vendors get nothing and are listed as exits with their expected loss as the exposure to exit.
 */
public record PortfolioResult(double budget, String currency, double spent, double reduction, double net,
        double marginalReturn, double upperBound, List<Vendor> vendors, double committedCost,
        double committedReduction, List<Exit> exits) {

    /**
     * One vendor's share of the budget (safeguards, annualCost, reduction, net: the optional ones the budget buys)
     * and its committed safeguards with their annual cost and loss reduction (reduction counts from the ALE with them).
     */
    public record Vendor(long organizationId, String organizationName, double aleBefore, List<Named> safeguards,
            double annualCost, double reduction, double net, List<Named> committed, double committedCost,
            double committedReduction) {
    }

    public record Named(long id, String name) {
    }

    /** A barred vendor: no safeguard budget; replace it or exit, and its expected annual loss is what is exposed. */
    public record Exit(long organizationId, String organizationName, double exposure, String reason) {
    }
}
