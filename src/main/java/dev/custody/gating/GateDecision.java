package dev.custody.gating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;

/** One decision on a purchase request, never changed once written; the newest one is in force. */
@Entity
@Immutable
@Audited
@Table(name = "gate_decision")
public class GateDecision extends PanacheEntityBase {
    /** How a decision came about. */
    public enum Kind {
        EVALUATION, REEVALUATION, OVERRIDE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_request_id")
    public PurchaseRequest request;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public GateOutcome outcome;
    public String decidedBy;
    public Instant decidedAt;
    public Double inherited;
    public Double residual;
    public int policyVersion;
    public Integer modelVersion;
    /** JSON array of FiredRule. */
    public String rules;
    /** JSON array of GateCondition. */
    public String conditions;
    public String justification;
    /** JSON ConditionViability: the conditions weighed against the purchase; null when there was nothing to weigh. */
    public String viability;
    /** The legal basis an administrator named to override a legal block; null otherwise. */
    public String legalBasis;
    /** The decision this one replaced (a re-evaluation or an override); null for the first. */
    public Long previousId;

    public static Optional<GateDecision> latest(long requestId) {
        return find("request.id = ?1 order by decidedAt desc, id desc", requestId).firstResultOptional();
    }

    public static List<GateDecision> of(long requestId) {
        return list("request.id = ?1 order by decidedAt, id", requestId);
    }
}
