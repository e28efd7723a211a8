package dev.custody.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A named party on a US restriction list (Section 889, FCC Covered List, imported screening lists). */
@Entity
@Audited
public class RestrictedParty extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    /** Other names, separated by "; ". */
    public String aliases;
    public String country;
    public String listName;
    public LocalDate listedOn;
    public String scope;
    @Version
    public long version;
}
