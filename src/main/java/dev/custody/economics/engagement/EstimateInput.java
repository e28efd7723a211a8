package dev.custody.economics.engagement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One scenario of an engagement: the loss if it happens as a 90 % interval (low < high), and optionally the
 * analyst's annual probability (0..1) instead of the derived one, which then needs a reason.
 */
public record EstimateInput(
        @NotBlank String scenario,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Money.MAX) BigDecimal lossLow,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Money.MAX) BigDecimal lossHigh,
        @DecimalMin("0") @DecimalMax("1") BigDecimal probabilityOverride,
        @Size(max = 2000) String overrideReason) {
}
