package dev.custody.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook deliveries: CloudEvents source, retries and backoff, the worker's pace and the networks it may call. */
@ConfigMapping(prefix = "custody.webhooks")
public interface WebhookConfig {
    /** The CloudEvents source of every event: this installation, best its public address. */
    @WithDefault("/custody")
    String source();

    /** Attempts of one delivery, the first included, before it is given up. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each next one. */
    @WithDefault("PT30S")
    Duration backoff();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How often each instance looks for due deliveries (besides right after a change commits); "off" stops it. */
    @WithDefault("5s")
    String pollInterval();

    /** Deliveries one worker claims at a time. */
    @WithDefault("20")
    int batchSize();

    /** How long a claimed delivery stays with its worker; longer than connect plus request timeout. */
    @WithDefault("PT2M")
    Duration lease();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** From sending the request to the answer's status line. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** How long delivered and given-up deliveries stay in the log; waiting ones always stay. */
    @WithDefault("P30D")
    Duration retention();

    /**
     * Private, loopback or reserved address blocks (CIDR, such as 10.20.0.0/16) webhooks may nevertheless call;
     * none by default.
     */
    Optional<List<String>> allowedNetworks();
}
