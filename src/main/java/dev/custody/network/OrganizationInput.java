package dev.custody.network;

import dev.custody.web.FieldError;
import dev.custody.web.FieldErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

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

    /** The ownership rule: a foreign-owned organization names its parent and the parent's other country. */
    public List<FieldError> ownershipErrors() {
        if (ownership != Ownership.FOREIGN_OWNED) {
            return List.of();
        }
        return new FieldErrors()
                .check(parentCompany != null && !parentCompany.isBlank(), "parentCompany",
                        "is required for a foreign-owned organization")
                .check(parentCountry != null && !parentCountry.isBlank(), "parentCountry",
                        "is required for a foreign-owned organization")
                .check(parentCountry == null || !parentCountry.equals(hqCountry), "parentCountry",
                        "must be a country other than the headquarters for a foreign-owned organization")
                .list();
    }
}
