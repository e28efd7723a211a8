package dev.custody.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The explanation of an organization's current score: ScoreStore.StoredContributions as JSON. */
@Entity
@Table(name = "score_explanation")
public class ScoreExplanation extends PanacheEntityBase {
    @Id
    public Long organizationId;
    public String contributions;
}
