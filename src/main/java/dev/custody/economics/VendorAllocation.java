package dev.custody.economics;

import java.util.List;

/**
 * What a portfolio plan gives one vendor.
 *
 * @param vendorKey the vendor
 * @param safeguards keys of its chosen safeguards (empty when it gets nothing)
 * @param annualCost their annual cost
 * @param reduction its ALE reduction at expected effectiveness
 * @param net reduction - annualCost
 */
public record VendorAllocation(String vendorKey, List<String> safeguards, double annualCost, double reduction, double net) {
    public VendorAllocation {
        safeguards = List.copyOf(safeguards);
    }
}
