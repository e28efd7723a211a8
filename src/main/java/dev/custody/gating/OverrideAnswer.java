package dev.custody.gating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/** The grant or refusal of an override request, with its justification; never changed once written. */
@Entity
@Immutable
@Audited
@Table(name = "override_answer")
public class OverrideAnswer extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long overrideRequestId;
    public long purchaseRequestId;
    public boolean granted;
    public String justification;
    public String answeredBy;
    public Instant answeredAt;
    /** The override decision a grant produced; null for a refusal. */
    public Long decisionId;

    public static Optional<OverrideAnswer> to(long overrideRequestId) {
        return find("overrideRequestId", overrideRequestId).firstResultOptional();
    }
}
