package dev.custody.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import dev.custody.platform.DatabaseOutage;
import dev.custody.platform.RefusedInputException;
import dev.custody.platform.FatalErrors;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to an RFC 9457 problem for API clients and to an error page for browsers, with the
 * real status code. Unexpected failures are logged once and answered with a generic body.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The reference of an unexpected failure, also in the problem's detail and in the log. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    /** Seconds a client waits before trying again after an out-of-memory error (the restart). */
    static final String RETRY_AFTER_SECONDS = "60";

    @Inject
    ErrorPages errorPages;
    @Inject
    FatalErrors fatalErrors;
    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
        return respond(new Problem("about:blank", e.title(), e.status(), e.getMessage(), path(uri), errors), uri, headers);
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response violations(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Invalid input", 400, detail, path(uri), errors), uri, headers);
    }

    // Ahead of the built-in Jackson mappers, which answer plain JSON without naming the field.
    @ServerExceptionMapper(value = {JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class}, priority = Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String message = e instanceof RefusedInputException refused ? refused.getOriginalMessage()
                : e instanceof InvalidFormatException format && format.getTargetType().isEnum()
                ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                : "is not valid JSON of the expected type";
        List<FieldError> errors = List.of(new FieldError(field.isEmpty() ? "body" : field, message));
        return respond(new Problem("about:blank", "Invalid input", 400, errors.get(0).field() + ": " + message, path(uri), errors),
                uri, headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentEdit(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return respond(Problem.of(409, "Conflict",
                "Someone else changed this record while you were editing it; reload it and apply your change again",
                path(uri)), uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(Problem.of(403, "Forbidden", "Your role does not allow this", path(uri)), uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        if (original.getStatus() < 400 || original.getStatus() == 401) {
            return original;
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers);
        }
        if (original.getStatus() == 404 && e.getCause() instanceof IllegalArgumentException conversion) {
            // JAX-RS answers 404 when a query parameter cannot be converted; the client sent a bad value.
            String detail = "a query or path parameter has the wrong type: " + conversion.getMessage();
            return respond(new Problem("about:blank", "Invalid input", 400, detail, path(uri),
                    List.of(new FieldError("query", detail))), uri, headers);
        }
        int status = original.getStatus();
        // JAX-RS' own messages ("HTTP 405 Method Not Allowed", "... @Consumes") are not for people.
        String detail = HttpErrors.detail(status);
        return respond(Problem.of(status, HttpErrors.title(status), detail == null ? e.getMessage() : detail, path(uri)),
                uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("The database did not answer on %s: %s", path(uri), e.getMessage());
            Response response = respond(Problem.of(503, "Service Unavailable", DatabaseOutage.DETAIL, path(uri)), uri, headers);
            return Response.fromResponse(response).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        // The reference ties the generic answer to the logged cause; nothing of the exception reaches the client.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s, reference %s", path(uri), reference);
        Response response = respond(Problem.of(500, "Internal Server Error", "Something went wrong on our side; "
                + "it has been logged with the reference " + reference + ". Please quote it when you report the problem.",
                path(uri)), uri, headers);
        return Response.fromResponse(response).header(CORRELATION_HEADER, reference).build();
    }

    /**
     * The instance ran out of memory handling this request: recorded (liveness goes DOWN, FatalErrors), answered 503
     * with Retry-After, as another instance (or this one restarted) can answer the same request.
     */
    @ServerExceptionMapper
    public Response outOfMemory(OutOfMemoryError e, UriInfo uri, HttpHeaders headers) {
        fatalErrors.record(e, "answering " + path(uri));
        Response response = respond(Problem.of(503, "Service Unavailable", "This instance ran out of memory answering "
                + "the request and is being restarted; try again in a minute.", path(uri)), uri, headers);
        return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private Response respond(Problem problem, UriInfo uri, HttpHeaders headers) {
        if (wantsHtml(uri, headers)) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPages.render(problem, identity, csrfCookie(headers))).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String csrfCookie(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(CsrfFilter.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static boolean wantsHtml(UriInfo uri, HttpHeaders headers) {
        if (ApiPaths.isApi(uri.getPath())) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
    }

    private static String path(UriInfo uri) {
        return uri.getPath();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.input.name" -> "name": drop the method and parameter segments of a resource call.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
