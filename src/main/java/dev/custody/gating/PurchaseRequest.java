package dev.custody.gating;

import dev.custody.network.Criticality;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** A request to buy an item from a vendor for a deployment of a given criticality; the gate decides on it. */
@Entity
@Audited
public class PurchaseRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long vendorId;
    public String vendorName;
    public String item;
    public int quantity;
    public BigDecimal unitPrice;
    public String currency;
    @Enumerated(EnumType.STRING)
    public Criticality criticality;
    public LocalDate needBy;
    public String requester;
    public String idempotencyKey;
    public Instant createdAt;
    /** Why the request needs another look (a threshold crossed, the period over); null when it does not. */
    public String reviewReason;

    public static Optional<PurchaseRequest> byKey(String requester, String idempotencyKey) {
        return find("requester = ?1 and idempotencyKey = ?2", requester, idempotencyKey).firstResultOptional();
    }
}
