package dev.custody.web;

import dev.custody.platform.TextChecks;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks every request before anything reads it, answering as a problem (API) or the error page (browser): an
 * address longer than custody.http.max-uri-length (414); a path or query parameter with a control character (400
 * naming the parameter, "path" for the path); a query parameter repeated more than custody.input.max-items times
 * (400); a chunked body that grows past quarkus.http.limits.max-body-size (413; Quarkus would answer an empty 413).
 */
@ApplicationScoped
public class RequestChecks {
    @Inject
    HttpErrors errors;
    @ConfigProperty(name = "custody.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;
    @ConfigProperty(name = "custody.input.max-items", defaultValue = "1000")
    int maxItems;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /**
     * After authentication (Quarkus runs it at route order -200, permissions at -100), so that the error page can show
     * the signed-in user's navigation, and before Quarkus' upload limit (-2) and JAX-RS.
     */
    static final int ORDER = -50;

    private BodyHandler chunkedBodies;

    void install(@Observes Router router) {
        chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        if (request.uri().length() > maxUriLength) {
            errors.send(context, Problem.of(414, "URI Too Long", String.format(Locale.ROOT,
                    "The address is longer than the %d characters this server accepts.", maxUriLength), path));
            return;
        }
        Optional<FieldError> refused = refusedParameter(request);
        if (refused.isPresent()) {
            FieldError error = refused.get();
            errors.send(context, new Problem("about:blank", "Invalid input", 400, error.field() + ": " + error.message(),
                    path, List.of(error)));
            return;
        }
        if (isChunkedNonFormBody(request)) {
            // Read here with the limit, so that too much ends as a 413 failure HttpErrors answers; JAX-RS then reads
            // the body from memory.
            chunkedBodies.handle(context);
            return;
        }
        context.next();
    }

    Optional<FieldError> refusedParameter(HttpServerRequest request) {
        String rawPath = request.path() == null ? "" : request.path();
        Optional<String> inPath = TextChecks.problem("path", decode(rawPath));
        if (inPath.isPresent()) {
            return Optional.of(new FieldError("path", inPath.get()));
        }
        String query = request.query();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> parameters;
        try {
            parameters = new QueryStringDecoder(query, false).parameters();
        } catch (IllegalArgumentException malformed) {
            return Optional.of(new FieldError("query", "is not a valid query string (a % not followed by two hex digits)"));
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Optional<String> inName = TextChecks.problem(null, name);
            if (inName.isPresent()) {
                return Optional.of(new FieldError("query", "a parameter name " + inName.get()));
            }
            if (parameter.getValue().size() > maxItems) {
                return Optional.of(new FieldError(name, String.format(Locale.ROOT,
                        "is repeated %d times; at most %d values are accepted", parameter.getValue().size(), maxItems)));
            }
            for (String value : parameter.getValue()) {
                Optional<String> inValue = TextChecks.problem(null, value);
                if (inValue.isPresent()) {
                    return Optional.of(new FieldError(name, inValue.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static String decode(String path) {
        try {
            return QueryStringDecoder.decodeComponent(path.replace("+", "%2B"));
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    private static boolean isChunkedNonFormBody(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.CONTENT_LENGTH) != null
                || !"chunked".equalsIgnoreCase(String.valueOf(request.getHeader(HttpHeaders.TRANSFER_ENCODING)).trim())) {
            return false;
        }
        String type = String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        return !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
    }
}
