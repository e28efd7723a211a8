package dev.custody.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A country with the facts the geography score uses: CPI 2023, embargo and export-control groups. */
@Entity
@Audited
public class Country extends PanacheEntityBase {
    @Id
    @Column(length = 2)
    public String iso2;
    public String iso3;
    public String name;
    /** Transparency International CPI 2023: 0 highly corrupt .. 100 very clean; null when not rated. */
    public Integer cpiScore;
    public Integer cpiRank;
    public String region;
    @Column(name = "ear_group_e1")
    public boolean earGroupE1;
    @Column(name = "ear_group_e2")
    public boolean earGroupE2;
    public boolean usEmbargoed;
    public boolean itarProscribed;
    /** A law obliging organisations to support state intelligence work; null = not researched. */
    public Boolean intelligenceLaw;
    @Version
    public long version;
}
