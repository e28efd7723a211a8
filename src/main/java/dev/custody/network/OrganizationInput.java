package dev.custody.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client sends to create or update an organization; version is the one edited (updates only). */
public record OrganizationInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationKind kind,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 code such as TW") String hqCountry,
        @NotNull Ownership ownership,
        @Size(max = 200) String parentCompany,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 code such as TW") String parentCountry,
        @Size(max = 2000) String description,
        Long version) {
}
