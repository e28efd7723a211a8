package dev.custody.gating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Evidence that a condition of an approval is met: a note saying what was done, where it can be checked. */
public record ConditionMetInput(@NotBlank @Size(max = 2000) String evidence) {
}
