package dev.custody.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator sends to create or update a country. iso2 is the key: required on create, and on update
 * either absent or equal to the path. version is the one edited (updates only).
 */
public record CountryInput(
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 code such as TW") String iso2,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 3166 code such as TWN") String iso3,
        @NotBlank @Size(max = 100) String name,
        @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100")
        Integer cpiScore,
        @Min(value = 1, message = "must be 1 or more") Integer cpiRank,
        @Size(max = 20) String region,
        @NotNull Boolean earGroupE1,
        @NotNull Boolean earGroupE2,
        @NotNull Boolean usEmbargoed,
        @NotNull Boolean itarProscribed,
        Boolean intelligenceLaw,
        Long version) {
}
