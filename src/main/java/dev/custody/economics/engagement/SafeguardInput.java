package dev.custody.economics.engagement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** What an admin sends to create or change a catalogue safeguard; version is the one edited (updates only). */
public record SafeguardInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotBlank @Pattern(regexp = "[A-Z]{2}-\\d{1,2}(\\(\\d{1,2}\\))?",
                message = "must be a NIST SP 800-53 control id such as SR-9 or SR-11(1)") String controlId,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal effectivenessLow,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal effectivenessExpected,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal effectivenessHigh,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) BigDecimal costOneTime,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) BigDecimal costAnnual,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) BigDecimal costPerUnit,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = Money.CURRENCY_MESSAGE) String currency,
        @NotEmpty(message = "must name at least one threat scenario") Set<@NotBlank String> scenarios,
        Long version) {
}
