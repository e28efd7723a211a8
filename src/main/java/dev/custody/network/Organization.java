package dev.custody.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Any company in the supply network: a vendor we buy from, or a subcontractor somewhere below it. */
@Entity
@Audited
public class Organization extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    /** The name as compared (Names.key): unique, so names that read the same are one organization. */
    @NotAudited
    public String nameKey;
    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;
    public String hqCountry;
    @Enumerated(EnumType.STRING)
    public Ownership ownership;
    public String parentCompany;
    public String parentCountry;
    public String description;
    /** Shortest distance from a vendor (1 = vendor); null when no vendor reaches it. Derived by TierService. */
    @NotAudited
    public Integer tier;
    @NotAudited
    public Instant createdAt;
    @NotAudited
    public Instant updatedAt;
    @Version
    public long version;

    @PrePersist
    void created() {
        normaliseNames();
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        normaliseNames();
        updatedAt = Instant.now();
    }

    /** Every way in (API, pages, import, seeds) stores names in the same form (Names). */
    private void normaliseNames() {
        name = Names.clean(name);
        parentCompany = Names.clean(parentCompany);
        nameKey = Names.key(name);
    }
}
