package dev.custody.network;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a client sends to create or update an incident; version is the one edited (updates only). The source is
 * required: an incident nobody can trace cannot be weighed.
 */
public record IncidentInput(
        @NotNull Long organizationId,
        @NotNull LocalDate occurredOn,
        @NotNull IncidentCategory category,
        @NotNull @DecimalMin(value = "0.0", message = "must be between 0 and 10")
        @DecimalMax(value = "10.0", message = "must be between 0 and 10")
        @Digits(integer = 2, fraction = 1, message = "must have at most one decimal") BigDecimal severity,
        @NotNull IncidentStatus status,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String summary,
        @NotBlank(message = "is required: name the report, advisory or article the incident comes from")
        @Size(max = 1000) String sourceReference,
        Long version) {
}
