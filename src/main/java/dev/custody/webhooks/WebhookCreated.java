package dev.custody.webhooks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An endpoint just registered (or its secret just replaced), with the secret: the only time it is shown. */
public record WebhookCreated(@JsonUnwrapped WebhookView endpoint, String secret) {
}
