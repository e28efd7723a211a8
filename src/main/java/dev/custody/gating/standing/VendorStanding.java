package dev.custody.gating.standing;

import dev.custody.network.Criticality;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A vendor's stored standing, kept current by StandingService; read by every page, report and the API. */
@Entity
@Table(name = "vendor_standing")
public class VendorStanding extends PanacheEntityBase {
    @Id
    public Long organizationId;
    @Enumerated(EnumType.STRING)
    public Standing standing;
    /** The standing before it last moved; null for the first. */
    @Enumerated(EnumType.STRING)
    public Standing previous;
    @Enumerated(EnumType.STRING)
    public Criticality criticality;
    public boolean fromEngagement;
    public String reason;
    /** JSON array of the gate's FiredRule. */
    public String rules;
    /** JSON array of the gate's GateCondition. */
    public String conditions;
    public Double conditionsCost;
    /** The engagement's annual spend the conditions were weighed against; null without an engagement. */
    public Double annualValue;
    public Boolean viable;
    public String currency;
    public double inherited;
    public Double residual;
    public int policyVersion;
    public int modelVersion;
    public Instant computedAt;
    /** When the standing last moved to what it is. */
    public Instant changedAt;

    /** The standings of these vendors by id (those without one are missing). */
    public static Map<Long, VendorStanding> of(Collection<Long> ids) {
        Map<Long, VendorStanding> found = new HashMap<>();
        if (!ids.isEmpty()) {
            VendorStanding.<VendorStanding>list("organizationId in ?1", ids).forEach(s -> found.put(s.organizationId, s));
        }
        return found;
    }

    public static List<VendorStanding> all() {
        return list("order by organizationId");
    }
}
