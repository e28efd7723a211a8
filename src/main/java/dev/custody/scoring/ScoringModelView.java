package dev.custody.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A scoring model version as the API returns it; parameters only when one version is asked for. revision is
 * what an edit of a draft sends back (If-Match or the revision field).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoringModelView(int version, ModelStatus status, String note, String createdBy, Instant createdAt,
        Instant activatedAt, long revision, ScoringModel parameters) {

    public static ScoringModelView summary(ScoringModelVersion v) {
        return new ScoringModelView(v.version, v.status, v.note, v.createdBy, v.createdAt, v.activatedAt, v.revision, null);
    }

    public static ScoringModelView full(ScoringModelVersion v, ScoringModel parameters) {
        return new ScoringModelView(v.version, v.status, v.note, v.createdBy, v.createdAt, v.activatedAt, v.revision, parameters);
    }
}
