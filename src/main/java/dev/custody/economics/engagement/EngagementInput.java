package dev.custody.economics.engagement;

import dev.custody.network.Criticality;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an analyst sends for a vendor's engagement, with every scenario estimate (those left out are removed).
 * annualSpend defaults to units x unit price; version is the one edited (not needed for the first save).
 */
public record EngagementInput(
        @NotNull @Min(0) @Max(100_000_000) Integer unitsPerYear,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) BigDecimal unitPrice,
        @DecimalMin("0") @DecimalMax(Money.MAX) BigDecimal annualSpend,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = Money.CURRENCY_MESSAGE) String currency,
        @NotNull Criticality criticality,
        @Size(max = 4000) String notes,
        @NotNull List<@Valid @NotNull EstimateInput> estimates,
        Long version) {
}
