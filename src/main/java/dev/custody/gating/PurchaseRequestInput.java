package dev.custody.gating;

import dev.custody.network.Criticality;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a buyer or a procurement system sends to the gate; currency defaults to USD. */
public record PurchaseRequestInput(
        @NotNull Long vendorId,
        @NotBlank @Size(max = 200) String item,
        @NotNull @Min(1) @Max(100_000_000) Integer quantity,
        @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal unitPrice,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as USD or EUR") String currency,
        @NotNull Criticality criticality,
        LocalDate needBy) {
}
