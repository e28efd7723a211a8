package dev.custody.gating.standing;

import dev.custody.gating.GateCondition;
import dev.custody.network.Criticality;
import java.time.Instant;
import java.util.List;

/**
 * An organization's standing as the API and the pages show it: for a vendor the standing with its reason in words,
 * the criticality it was judged at (and whether that came from its engagement), the paths to the organizations that
 * bar it, its conditions with their cost and whether they are viable against its annual spend; for any organization
 * the vendors it bars. standing is null for an organization that is not a vendor.
 */
public record StandingView(long organizationId, String name, boolean vendor, Standing standing, String label,
        String reason, Criticality criticality, Boolean fromEngagement, List<Block> blockedBy,
        List<GateCondition> conditions, Double conditionsCost, Double annualValue, Boolean viable, String currency,
        Double inherited, Double residual, Integer policyVersion, Integer modelVersion, Instant computedAt,
        Instant changedAt, Standing previous, List<Barred> bars) {

    /** An organization in the vendor's tier tree or custody chain that bars it, with the rule and the path. */
    public record Block(long organizationId, String organization, String rule, String text, String path) {
    }

    /** A vendor this organization bars, with the rule and the path from the vendor down to it. */
    public record Barred(long vendorId, String vendorName, String rule, String text, String path) {
    }

}
