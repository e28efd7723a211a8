package dev.custody.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The current score of one organization, with the model version and time it was computed with. */
@Entity
@Table(name = "score_current")
public class CurrentScore extends PanacheEntityBase {
    @Id
    public Long organizationId;
    public int modelVersion;
    public Instant computedAt;
    public double geography;
    public double insider;
    public double incident;
    public double ownScore;
    @Enumerated(EnumType.STRING)
    public Band ownBand;
    public double pOwn;
    public double pEff;
    public double inherited;
    @Enumerated(EnumType.STRING)
    public Band band;
    /** A hash of the explanation (ScoreExplanation), to compare it without reading it. */
    public long fingerprint;
}
