package dev.custody.gating;

import dev.custody.network.Criticality;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions weighed against the purchase (DOMAIN.md section 8): their annual cost against the policy's share of the
 * purchase's annual value, and, when they are not viable, the cheaper paths in words.
 *
 * @param annualCost what the conditions cost a year
 * @param annualValue what the purchase is worth a year
 * @param limitPercent the policy's share of the annual value conditions may cost
 * @param limit limitPercent of annualValue, in money
 * @param viable annualCost at most limit
 * @param currency the currency of the amounts
 * @param cheaperPaths another vendor, a lower criticality, an executive's acceptance; empty when viable
 */
public record ConditionViability(double annualCost, double annualValue, double limitPercent, double limit,
        boolean viable, String currency, List<CheaperPath> cheaperPaths) {

    /**
     * One cheaper path: kind "vendor" (vendorId and vendorName set), "criticality" (criticality set) or "override".
     * outcome is what the gate decides on that path, annualCost what its conditions would cost (null without any).
     */
    public record CheaperPath(String kind, String text, Long vendorId, String vendorName, Criticality criticality,
            GateOutcome outcome, Double annualCost) {
        public static final String VENDOR = "vendor";
        public static final String CRITICALITY = "criticality";
        public static final String OVERRIDE = "override";
    }

    public ConditionViability {
        cheaperPaths = List.copyOf(cheaperPaths);
    }

    /** The same weighing with other vendors' paths put first. */
    public ConditionViability withVendors(List<CheaperPath> vendors) {
        List<CheaperPath> all = new ArrayList<>(vendors);
        all.addAll(cheaperPaths);
        return new ConditionViability(annualCost, annualValue, limitPercent, limit, viable, currency, all);
    }

    /** The share of the annual value the conditions cost, in percent. */
    public double percentOfValue() {
        return annualValue <= 0 ? Double.MAX_VALUE : 100.0 * annualCost / annualValue;
    }
}
