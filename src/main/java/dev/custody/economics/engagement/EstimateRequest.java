package dev.custody.economics.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A quick estimate without an engagement: one scenario's annual probability and 90 % loss interval, optionally
 * with catalogue safeguards (by id) and ad-hoc ones, and units and price for the per-unit cost and viability.
 */
public record EstimateRequest(
        @NotNull @DecimalMin("0") @DecimalMax("1") Double probability,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Money.MAX) Double lossLow,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Money.MAX) Double lossHigh,
        @Min(0) @Max(100_000_000) Integer unitsPerYear,
        @DecimalMin("0") @DecimalMax(Money.MAX) Double unitPrice,
        List<@NotNull Long> safeguardIds,
        List<@Valid @NotNull AdHocSafeguard> safeguards) {

    /** A safeguard that is not in the catalogue: effectiveness 0..1 (low <= expected <= high), costs >= 0. */
    public record AdHocSafeguard(
            String name,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double effectivenessLow,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double effectivenessExpected,
            @NotNull @DecimalMin("0") @DecimalMax("1") Double effectivenessHigh,
            @DecimalMin("0") @DecimalMax(Money.MAX) Double costOneTime,
            @DecimalMin("0") @DecimalMax(Money.MAX) Double costAnnual,
            @DecimalMin("0") @DecimalMax(Money.MAX) Double costPerUnit) {
    }
}
