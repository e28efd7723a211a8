package dev.custody.network;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What a client sends to create or update a custody leg; version is the one edited (updates only). */
public record CustodyLegInput(
        @NotNull Long vendorId,
        @NotNull @Min(value = 1, message = "must be 1 or more") Integer sequence,
        @NotNull LegKind kind,
        @NotNull Long handlerId,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 code such as TW") String country,
        @NotNull Boolean seals,
        @NotNull Boolean tracking,
        @NotNull Boolean escort,
        Long version) {
}
