package dev.custody.gating.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

/** One import of the Consolidated Screening List; the newest one is in force. */
@Entity
public class ScreeningList extends PanacheEntityBase {
    public static final String CSL = "US Consolidated Screening List";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String source;
    public String fileName;
    public Instant importedAt;
    public String importedBy;
    /** Parties (rows) imported. */
    public int rowCount;
    /** Names and aliases screened against. */
    public int nameCount;
    /** SHA-256 of the file as uploaded, hex. */
    public String checksum;

    public static Optional<ScreeningList> inForce() {
        return find("order by id desc").firstResultOptional();
    }
}
