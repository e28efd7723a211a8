package dev.custody.economics.engagement;

import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** What we buy from one vendor and what it is worth: units, price, spend, and loss estimates per scenario. */
@Entity
@Audited
public class Engagement extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    public int unitsPerYear;
    public BigDecimal unitPrice;
    public BigDecimal annualSpend;
    public String currency;
    @Enumerated(EnumType.STRING)
    public Criticality criticality;
    public String notes;
    @NotAudited
    public Instant updatedAt;
    @OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ScenarioEstimate> estimates = new ArrayList<>();
    @Version
    public long version;

    /** The estimates in the scenarios' display order. */
    public List<ScenarioEstimate> ordered() {
        return estimates.stream().sorted(Comparator.comparingInt(e -> e.scenario.sortOrder)).toList();
    }

    public static Optional<Engagement> ofOrganization(long organizationId) {
        return find("organization.id", organizationId).firstResultOptional();
    }
}
