package dev.custody.hbom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A BOM uploaded on the HBOM page, waiting on its preview for the analyst's confirmation. */
@Entity
public class HbomUpload extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long organizationId;
    public String fileName;
    public byte[] content;
    public String uploadedBy;
    public Instant uploadedAt;
}
