package dev.custody.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that declares a body over quarkus.http.limits.max-body-size is refused before anything reads it, as a
 * problem (413) naming the limit, or the error page for a browser; Quarkus itself would answer an empty 413. A
 * chunked body that grows past the limit is RequestChecks' case.
 */
@ApplicationScoped
public class RequestLimits {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @Inject
    HttpErrors errors;

    void install(@Observes Router router) {
        // Right after SecurityHeaders and ahead of Quarkus' own limit, which answers an empty 413.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseDeclaredTooLarge);
    }

    private void refuseDeclaredTooLarge(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long limit = maxBodySize.asLongValue();
        if (length == null || !length.trim().matches("\\d{1,18}") || Long.parseLong(length.trim()) <= limit) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "Content Too Large", "The request is larger than the " + megabytes(limit)
                + " this server accepts.", context.normalizedPath());
        // The body is never read: the connection closes after the answer.
        context.response().endHandler(ended -> context.request().connection().close());
        context.response().putHeader("Connection", "close");
        errors.send(context, problem);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
