package dev.custody.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The current score of one organization, with the model version and time it was computed with: the numbers the
 * scoring engine holds in memory, persisted so that lists sort and filter in the database and every instance reads
 * the same. Scores are rounded to one decimal; low..high is the range from unknown insider factors.
 */
@Entity
@Table(name = "score_current")
public class CurrentScore extends PanacheEntityBase {
    @Id
    public Long organizationId;
    public int modelVersion;
    public Instant computedAt;
    public double geography;
    public double insider;
    public double insiderLow;
    public double insiderHigh;
    public double incident;
    public double assessedShare;
    public double ownScore;
    public double ownLow;
    public double ownHigh;
    @Enumerated(EnumType.STRING)
    public Band ownBand;
    public double pOwn;
    public double base;
    public double pEff;
    public double pEffLow;
    public double pEffHigh;
    public double inherited;
    public double inheritedLow;
    public double inheritedHigh;
    @Enumerated(EnumType.STRING)
    public Band band;
}
