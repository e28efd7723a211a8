package dev.custody.economics.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One scenario of an engagement: the loss as a 90 % interval and, when an analyst set one, a calibrated probability. */
@Entity
@Audited
public class ScenarioEstimate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    public Engagement engagement;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scenario_key")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public ThreatScenario scenario;
    public BigDecimal lossLow;
    public BigDecimal lossHigh;
    /** The analyst's annual probability instead of p_eff x share; null when derived. */
    public BigDecimal probabilityOverride;
    public String overrideReason;

    public boolean overridden() {
        return probabilityOverride != null;
    }
}
