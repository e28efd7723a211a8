package dev.custody.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One try to send a delivery: the HTTP status (null without an answer) or the error, duration and worker. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long deliveryId;
    public int attempt;
    public Instant attemptedAt;
    public Integer statusCode;
    public String error;
    public long durationMs;
    public String worker;

    public static List<WebhookAttempt> of(long deliveryId) {
        return list("deliveryId = ?1 order by attempt", deliveryId);
    }
}
