package dev.custody.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One point of an organization's score trend, written whenever its score moved or the model changed. */
@Entity
@Table(name = "score_history")
public class ScoreHistoryEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long organizationId;
    public int modelVersion;
    public Instant computedAt;
    public double geography;
    public double insider;
    public double incident;
    public double ownScore;
    public double inherited;
    public double inheritedLow;
    public double inheritedHigh;
    @Enumerated(EnumType.STRING)
    public Band band;
}
