package dev.custody.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a client sends to create or update a site; version is the one edited (updates only). */
public record SiteInput(
        @NotNull Long organizationId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 code such as TW") String country,
        @NotBlank @Size(max = 120) String city,
        @NotEmpty(message = "must name at least one activity") Set<@NotNull SiteActivity> activities,
        Long version) {
}
