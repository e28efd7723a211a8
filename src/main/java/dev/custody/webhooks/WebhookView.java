package dev.custody.webhooks;

import java.time.Instant;
import java.util.List;

/** An endpoint as the API shows it (never its secret), with how many of its deliveries stand where. */
public record WebhookView(long id, String url, String description, List<String> events, boolean active,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version, long pending,
        long delivered, long failed) {

    static WebhookView of(WebhookEndpoint e, WebhookService.Counts counts) {
        return new WebhookView(e.id, e.url, e.description, e.types(), e.active, e.createdAt, e.createdBy,
                e.updatedAt, e.updatedBy, e.version, counts.pending(), counts.delivered(), counts.failed());
    }
}
