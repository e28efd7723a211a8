package dev.custody.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One ordered leg of a vendor's product between the last factory and our dock, with its controls. */
@Entity
@Audited
public class CustodyLeg extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    public Organization vendor;
    @Column(name = "sequence_no")
    public int sequence;
    @Enumerated(EnumType.STRING)
    public LegKind kind;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_id")
    public Organization handler;
    public String country;
    public boolean seals;
    public boolean tracking;
    public boolean escort;
    @Version
    public long version;
}
