package dev.custody.economics.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;

/**
 * A catalogue item: a control against named scenarios (NIST SP 800-53 SR family and neighbours), how much of each
 * scenario's probability it removes (a range), and what it costs. The costs are inputs to be checked, not truths.
 */
@Entity
@Audited
public class Safeguard extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String description;
    public String controlId;
    public BigDecimal effectivenessLow;
    public BigDecimal effectivenessExpected;
    public BigDecimal effectivenessHigh;
    public BigDecimal costOneTime;
    public BigDecimal costAnnual;
    public BigDecimal costPerUnit;
    public String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safeguard_scenario", joinColumns = @JoinColumn(name = "safeguard_id"))
    @Column(name = "scenario_key")
    public Set<String> scenarios = new TreeSet<>();
    @Version
    public long version;

    public static List<Safeguard> byName() {
        return list("order by name");
    }
}
