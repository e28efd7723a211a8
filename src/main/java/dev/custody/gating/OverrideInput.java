package dev.custody.gating;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;

/**
 * An approver's override of the decision in force: the outcome granted and why, in writing; on a legal block
 * (restricted party, embargo) only an administrator overrides, naming the legal basis (a licence, a waiver).
 */
public record OverrideInput(@NotNull GateOutcome outcome, @NotBlank @Size(max = 4000) String justification,
        @Size(max = 4000) String legalBasis) {
    public OverrideInput(GateOutcome outcome, String justification) {
        this(outcome, justification, null);
    }
}
