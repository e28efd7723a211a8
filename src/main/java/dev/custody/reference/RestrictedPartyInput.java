package dev.custody.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an administrator sends to create or update a restricted party; version is the one edited (updates only). */
public record RestrictedPartyInput(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String aliases,
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 code such as CN") String country,
        @NotBlank @Size(max = 200) String listName,
        LocalDate listedOn,
        @Size(max = 1000) String scope,
        Long version) {
}
