package dev.custody.webhooks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/** One delivery with the CloudEvent it sends and every attempt so far. */
public record DeliveryDetail(@JsonUnwrapped DeliveryView delivery, String payload, List<Attempt> attemptLog) {
    /** One attempt: when, the HTTP status or the error, how long it took, which worker. */
    public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, String error, long durationMs,
            String worker) {
        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.error, a.durationMs, a.worker);
        }
    }

    static DeliveryDetail of(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryDetail(DeliveryView.of(d), d.payload, attempts.stream().map(Attempt::of).toList());
    }
}
