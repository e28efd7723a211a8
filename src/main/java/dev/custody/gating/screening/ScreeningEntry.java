package dev.custody.gating.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One party of an imported screening list (written in JDBC batches by ScreeningService, read here). */
@Entity
public class ScreeningEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long listId;
    public int fileRow;
    public String cslId;
    public String source;
    public String partyType;
    public String name;
    /** Other names, separated by ";". */
    public String aliases;
}
