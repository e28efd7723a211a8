package dev.custody.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body over quarkus.http.limits.max-body-size is refused by the HTTP layer before any resource runs;
 * this answers it as a problem (413) naming the limit, instead of an empty response.
 */
@ApplicationScoped
public class RequestLimits {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::tooLarge);
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten() || context.response().ended()) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "Content Too Large", "The request is larger than the "
                + megabytes(maxBodySize.asLongValue()) + " this server accepts.", context.normalizedPath());
        try {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
