package dev.custody.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One stored version of the scoring model: its parameters (a ScoringModel as JSON) and its life cycle. */
@Entity
@Table(name = "scoring_model")
public class ScoringModelVersion extends PanacheEntityBase {
    @Id
    public Integer version;
    @Enumerated(EnumType.STRING)
    public ModelStatus status;
    public String parameters;
    public String note;
    public String createdBy;
    public Instant createdAt;
    public Instant activatedAt;
    /** Guards concurrent edits of a draft; the model version itself is the primary key. */
    @Version
    public long revision;
}
