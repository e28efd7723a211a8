package dev.custody.gating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An approver's grant or refusal of an override request, justified in writing. */
public record OverrideAnswerInput(@NotBlank @Size(max = 4000) String justification) {
}
