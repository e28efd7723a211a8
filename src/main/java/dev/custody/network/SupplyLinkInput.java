package dev.custody.network;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a client sends to create or update a supply link; version is the one edited (updates only). */
public record SupplyLinkInput(
        @NotNull Long buyerId,
        @NotNull Long supplierId,
        @NotBlank @Size(max = 200) String item,
        @NotNull ItemKind itemKind,
        @NotNull @DecimalMin(value = "0.0", message = "must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "must be between 0 and 1")
        @Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals") BigDecimal share,
        @NotNull Criticality criticality,
        Long version) {
}
