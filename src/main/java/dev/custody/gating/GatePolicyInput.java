package dev.custody.gating;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A draft policy's new parameters, an optional note and the revision read (or If-Match). */
public record GatePolicyInput(@NotNull GatePolicy parameters, @Size(max = 2000) String note, Long revision) {
}
