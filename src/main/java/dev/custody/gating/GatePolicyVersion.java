package dev.custody.gating;

import dev.custody.scoring.ModelStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One stored version of the gate policy: its parameters (a GatePolicy as JSON) and its life cycle. */
@Entity
@Table(name = "gate_policy")
public class GatePolicyVersion extends PanacheEntityBase {
    @Id
    public Integer version;
    @Enumerated(EnumType.STRING)
    public ModelStatus status;
    public String parameters;
    public String note;
    public String createdBy;
    public Instant createdAt;
    public Instant activatedAt;
    /** Guards concurrent edits of a draft. */
    @Version
    public long revision;
}
