package dev.custody.gating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's override of the decision in force: the outcome granted and why, in writing. */
public record OverrideInput(@NotNull GateOutcome outcome, @NotBlank @Size(max = 4000) String justification) {
}
