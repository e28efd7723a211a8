package dev.custody.economics.engagement;

import java.util.List;

/**
 * A budget spread over vendors: what each gets, the total cost and loss reduction, and the marginal return (loss
 * reduction per money unit) of the last step bought. upperBound is the best net reduction any allocation could reach.
 */
public record PortfolioResult(double budget, String currency, double spent, double reduction, double net,
        double marginalReturn, double upperBound, List<Vendor> vendors) {

    /** One vendor's share of the budget. */
    public record Vendor(long organizationId, String organizationName, double aleBefore, List<Named> safeguards,
            double annualCost, double reduction, double net) {
    }

    public record Named(long id, String name) {
    }
}
