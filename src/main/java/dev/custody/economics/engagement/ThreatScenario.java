package dev.custody.economics.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/**
 * A way a vendor's product can be compromised: its key, name and description. Its share of the vendor's annual
 * probability p_eff is a parameter of the active scoring model; the table's default_share column (V6) is no
 * longer read and only kept for databases that still have it.
 */
@Entity
public class ThreatScenario extends PanacheEntityBase {
    @Id
    @Column(name = "scenario_key")
    public String key;
    public String name;
    public String description;
    public int sortOrder;

    /** Every scenario in their display order. */
    public static List<ThreatScenario> ordered() {
        return list("order by sortOrder");
    }
}
