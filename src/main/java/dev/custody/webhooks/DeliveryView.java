package dev.custody.webhooks;

import java.time.Instant;

/** A delivery in the log: the event, where it stands, attempts, the last answer and the next try. */
public record DeliveryView(long id, String eventId, String eventType, String subject, WebhookDelivery.Status status,
        int attempts, Instant createdAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
        Instant nextAttemptAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.subject, d.status, d.attempts, d.createdAt,
                d.lastAttemptAt, d.lastStatusCode, d.lastError, d.status == WebhookDelivery.Status.PENDING
                        ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
