package dev.custody.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event for one endpoint, in the outbox until delivered or given up: the CloudEvent as it is sent, attempts so
 * far, the last answer and the next try. A worker holds it while sending through a lease (until, token).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    /** Where a delivery stands: waiting for its (next) attempt, answered with 2xx, or given up after the limit. */
    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long endpointId;
    public String eventId;
    public String eventType;
    public String subject;
    /** The CloudEvent in structured JSON, the body of every attempt. */
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public String lastError;
    public Instant deliveredAt;
    public Instant leaseUntil;
    public String leaseToken;
}
