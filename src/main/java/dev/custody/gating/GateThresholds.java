package dev.custody.gating;

import dev.custody.web.InvalidInputException;

/**
 * The gate's limits for one deployment criticality: an inherited score below approveBelow is approved as it
 * is, above rejectAbove rejected; in between only with safeguards. minVisibility is the least sub-tier
 * visibility (0..100 % of tier-2+ suppliers identified) accepted without a mapping condition.
 */
public record GateThresholds(double approveBelow, double rejectAbove, int minVisibility) {
    public GateThresholds {
        if (!(approveBelow >= 0 && approveBelow <= 100)) {
            throw new InvalidInputException("approveBelow", "must be between 0 and 100");
        }
        if (!(rejectAbove >= approveBelow && rejectAbove <= 100)) {
            throw new InvalidInputException("rejectAbove", "must be between approveBelow and 100");
        }
        if (minVisibility < 0 || minVisibility > 100) {
            throw new InvalidInputException("minVisibility", "must be between 0 and 100");
        }
    }
}
