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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** Something that happened at an organization, with its severity (0..10) and how well established it is. */
@Entity
@Audited
public class Incident extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;
    public LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    public IncidentCategory category;
    @Column(precision = 3, scale = 1)
    public BigDecimal severity;
    @Enumerated(EnumType.STRING)
    public IncidentStatus status;
    public String title;
    public String summary;
    public String sourceReference;
    @Version
    public long version;
}
