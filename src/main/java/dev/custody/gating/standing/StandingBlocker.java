package dev.custody.gating.standing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * An organization that bars a vendor: a restricted party or an organization in an embargoed country in the vendor's
 * tier tree or custody chain, with the gate's rule in words and the path from the vendor down to it.
 */
@Entity
@Table(name = "standing_blocker")
public class StandingBlocker extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long vendorId;
    public long organizationId;
    public String rule;
    public String text;
    public String path;

    /** The vendors this organization bars, with how. */
    public static List<StandingBlocker> barredBy(long organizationId) {
        return list("organizationId = ?1 order by vendorId, id", organizationId);
    }

    public static List<StandingBlocker> of(long vendorId) {
        return list("vendorId = ?1 order by id", vendorId);
    }
}
