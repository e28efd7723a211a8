package dev.custody.gating;

import dev.custody.scoring.ModelStatus;
import java.time.Instant;

/** A gate policy version as the API shows it; parameters null in lists. */
public record GatePolicyView(int version, ModelStatus status, String note, String createdBy, Instant createdAt,
        Instant activatedAt, GatePolicy parameters) {
    static GatePolicyView of(GatePolicyVersion v, GatePolicy parameters) {
        return new GatePolicyView(v.version, v.status, v.note, v.createdBy, v.createdAt, v.activatedAt, parameters);
    }
}
