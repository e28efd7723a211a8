package dev.custody.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A place where an organization works for us: country, city and what is done there. */
@Entity
@Audited
public class Site extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    public String name;
    public String country;
    public String city;
    @Convert(converter = SiteActivitiesConverter.class)
    public Set<SiteActivity> activities = EnumSet.noneOf(SiteActivity.class);
    @Version
    public long version;
}
