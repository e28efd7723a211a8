package dev.custody.gating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A procurement user's request to override the decision in force: the outcome wanted and why, in writing. */
public record OverrideRequestInput(@NotNull GateOutcome outcome, @NotBlank @Size(max = 4000) String reason) {
}
