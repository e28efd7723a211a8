package dev.custody.gating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/** A procurement user's request to override the decision in force, with the reason; never changed once written. */
@Entity
@Immutable
@Audited
@Table(name = "override_request")
public class OverrideRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long purchaseRequestId;
    public long decisionId;
    @Enumerated(EnumType.STRING)
    public GateOutcome outcome;
    public String reason;
    public String requestedBy;
    public Instant requestedAt;

    /** The request on a purchase request that waits for an answer. */
    public static Optional<OverrideRequest> open(long purchaseRequestId) {
        return find("purchaseRequestId = ?1 and id not in (select a.overrideRequestId from OverrideAnswer a) "
                + "order by id desc", purchaseRequestId).firstResultOptional();
    }

    public static List<OverrideRequest> of(long purchaseRequestId) {
        return list("purchaseRequestId = ?1 order by requestedAt, id", purchaseRequestId);
    }
}
