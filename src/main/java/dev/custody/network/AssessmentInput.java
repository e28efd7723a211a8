package dev.custody.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a client sends to create or update an assessment. Factors map InsiderFactor names to 0 (best) .. 4 (worst);
 * a factor absent or null is unknown. Names and values are checked by the service, so each bad one is named.
 */
public record AssessmentInput(
        @NotNull Long organizationId,
        @NotBlank @Size(max = 200) String assessor,
        @NotNull LocalDate assessedOn,
        @Size(max = 4000) String evidenceNote,
        Map<String, BigDecimal> factors,
        Long version) {
}
