package dev.custody.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.jboss.logging.Logger;

/**
 * Sends one attempt of a delivery: checks the target again (its host may now resolve elsewhere), posts the
 * CloudEvent with its signature and reads only the status line; redirects are not followed.
 */
@ApplicationScoped
public class WebhookSender {
    /** What an attempt got: the HTTP status (null without an answer) or the error in words, and how long it took. */
    public record Outcome(Integer statusCode, String error, long durationMs) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final HttpClient client;
    private final WebhookConfig config;
    private final WebhookTargets targets;
    private final Clock clock;

    @Inject
    public WebhookSender(WebhookConfig config, WebhookTargets targets, Clock clock) {
        this.config = config;
        this.targets = targets;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public Outcome send(String url, String secret, String payload, long deliveryId, int attempt) {
        long start = System.nanoTime();
        String refused = targets.problem(url);
        if (refused != null) {
            return new Outcome(null, "Not sent: the address " + refused + ".", 0);
        }
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.trim())).timeout(config.requestTimeout())
                .header("Content-Type", CloudEvents.CONTENT_TYPE)
                .header("User-Agent", "Custody-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, clock.instant().getEpochSecond(), body))
                .header("Custody-Delivery", Long.toString(deliveryId))
                .header("Custody-Attempt", Integer.toString(attempt))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Only the status counts: closing the body at once keeps a slow or endless answer from holding the worker.
            response.body().close();
            return new Outcome(response.statusCode(), null, millisSince(start));
        } catch (HttpConnectTimeoutException e) {
            return failed(String.format(Locale.ROOT, "No connection within %d seconds.",
                    config.connectTimeout().toSeconds()), start);
        } catch (HttpTimeoutException e) {
            return failed(String.format(Locale.ROOT, "No answer within %d seconds.",
                    config.requestTimeout().toSeconds()), start);
        } catch (ConnectException e) {
            return failed("The receiver refused the connection.", start);
        } catch (SSLException e) {
            LOG.debugf(e, "Webhook delivery %d: TLS failed", deliveryId);
            return failed("The secure connection could not be set up: the receiver's certificate was not accepted.",
                    start);
        } catch (IOException e) {
            LOG.debugf(e, "Webhook delivery %d: connection failed", deliveryId);
            return failed("The connection broke before an answer came.", start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("Interrupted while sending.", start);
        }
    }

    private static Outcome failed(String error, long start) {
        return new Outcome(null, error, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
