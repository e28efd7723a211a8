package dev.custody.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A scoring model version as the API returns it; parameters only when one version is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoringModelView(int version, ModelStatus status, String note, String createdBy, Instant createdAt,
        Instant activatedAt, ScoringModel parameters) {

    static ScoringModelView summary(ScoringModelVersion v) {
        return new ScoringModelView(v.version, v.status, v.note, v.createdBy, v.createdAt, v.activatedAt, null);
    }

    static ScoringModelView full(ScoringModelVersion v, ScoringModel parameters) {
        return new ScoringModelView(v.version, v.status, v.note, v.createdBy, v.createdAt, v.activatedAt, parameters);
    }
}
