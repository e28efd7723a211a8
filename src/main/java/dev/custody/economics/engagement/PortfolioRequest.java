package dev.custody.economics.engagement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** One annual safeguard budget to spread over vendors: the given ones, or every vendor with an engagement. */
public record PortfolioRequest(@NotNull @DecimalMin("0") @DecimalMax(Money.MAX) BigDecimal budget,
        List<@NotNull Long> vendorIds) {
}
