package dev.custody.economics.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;

/** A way a vendor's product can be compromised, with its default share of the vendor's annual probability p_eff. */
@Entity
public class ThreatScenario extends PanacheEntityBase {
    @Id
    @Column(name = "scenario_key")
    public String key;
    public String name;
    public String description;
    public BigDecimal defaultShare;
    public int sortOrder;

    /** Every scenario in their display order. */
    public static List<ThreatScenario> ordered() {
        return list("order by sortOrder");
    }
}
