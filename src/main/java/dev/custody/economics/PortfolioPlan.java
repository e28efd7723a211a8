package dev.custody.economics;

import java.util.List;

/**
 * One budget spread over all vendors.
 *
 * @param budget the annual budget
 * @param spent annual cost of every chosen safeguard (never above budget)
 * @param reduction total ALE reduction at expected effectiveness
 * @param net reduction - spent
 * @param marginalReturn ALE reduction per money unit of the last step bought (0 when nothing was bought)
 * @param upperBound no allocation within the budget reduces net loss by more than this (the LP relaxation)
 * @param vendors the allocation per vendor, in input order
 */
public record PortfolioPlan(double budget, double spent, double reduction, double net, double marginalReturn,
        double upperBound, List<VendorAllocation> vendors) {
    public PortfolioPlan {
        vendors = List.copyOf(vendors);
    }
}
