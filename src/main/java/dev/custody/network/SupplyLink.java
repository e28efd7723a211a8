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
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** Buyer -> supplier for an item, with the supplier's share of that item; the links form a DAG. */
@Entity
@Audited
public class SupplyLink extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_id")
    public Organization buyer;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    public Organization supplier;
    public String item;
    @Enumerated(EnumType.STRING)
    public ItemKind itemKind;
    @Column(precision = 5, scale = 4)
    public BigDecimal share;
    @Enumerated(EnumType.STRING)
    public Criticality criticality;
    @Version
    public long version;
}
