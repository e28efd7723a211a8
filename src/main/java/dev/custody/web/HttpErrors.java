package dev.custody.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.platform.DatabaseOutage;
import dev.custody.security.ThrottledPasswordProvider;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers the errors that happen before or outside JAX-RS the way ProblemMappers answers the others: a problem
 * (application/problem+json) under /api, the error page for a browser, always with the real status. That is a
 * failed or missing sign-in (401 with its challenge), a sign-in the throttle delays (429) or that cannot be checked
 * (503), both with Retry-After, a body too large, and anything that fails in a Vert.x handler (500, or 503 when the
 * database is out of reach). Redirects to the sign-in page, and the steps of Keycloak's sign-in, stay redirects.
 */
@ApplicationScoped
public class HttpErrors {
    private static final Logger LOG = Logger.getLogger(HttpErrors.class);
    static final String BASIC_CHALLENGE = "Basic realm=\"Custody\", charset=\"UTF-8\"";

    @Inject
    ErrorPages pages;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "custody.auth")
    String auth;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    void onFailure(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        Throwable failure = unwrap(context.failure());
        String path = context.normalizedPath();
        if (failure instanceof AuthenticationRedirectException) {
            // The OpenID Connect code flow going on to its next step; Quarkus has set the status and Location.
            context.response().end();
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            signInFailed(context, path);
        } else if (failure instanceof ForbiddenException) {
            send(context, Problem.of(403, "Forbidden", "Your role does not allow this", path));
        } else if (failure == null && context.statusCode() >= 400) {
            int status = context.statusCode();
            String detail = detail(status);
            send(context, Problem.of(status, title(status), detail == null ? title(status) : detail, path));
        } else if (DatabaseOutage.causedBy(failure)) {
            LOG.warnf("The database did not answer on %s: %s", path, failure.getMessage());
            unavailable(context, DatabaseOutage.DETAIL, path);
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected failure on %s, reference %s", path, reference);
            context.response().putHeader(ProblemMappers.CORRELATION_HEADER, reference);
            send(context, Problem.of(500, "Internal Server Error", "Something went wrong on our side; it has been logged "
                    + "with the reference " + reference + ". Please quote it when you report the problem.", path));
        }
    }

    private void signInFailed(RoutingContext context, String path) {
        HttpServerResponse response = context.response();
        boolean redirect = response.getStatusCode() == 302;
        if (context.get(ThrottledPasswordProvider.UNAVAILABLE) != null && !(redirect && isSignInForm(context))) {
            response.headers().remove("Location");
            unavailable(context, "Sign-in cannot be checked right now; try again in a few seconds.", path);
        } else if (redirect) {
            // To the sign-in page, or back to it from the sign-in form with the reason (ThrottleResponses).
            response.end();
        } else if (context.get(ThrottledPasswordProvider.REFUSED) != null) {
            response.headers().remove("WWW-Authenticate");
            response.putHeader("Retry-After", String.valueOf((Long) context.get(ThrottledPasswordProvider.REFUSED)));
            send(context, Problem.of(429, "Too Many Requests", "Too many failed sign-ins for this user name from this "
                    + "address; wait the seconds Retry-After says, then try again.", path));
        } else {
            if (ApiPaths.isApi(path) && !"keycloak".equals(auth)) {
                response.headers().set("WWW-Authenticate", BASIC_CHALLENGE);
            } else if (ApiPaths.isApi(path) && !response.headers().contains("WWW-Authenticate")) {
                response.headers().set("WWW-Authenticate", "Bearer");
            }
            send(context, Problem.of(401, "Unauthorized", ApiPaths.isApi(path)
                    ? "Sign in: send your user name and password (HTTP Basic) or a bearer token."
                    : "Sign in to see this page.", path));
        }
    }

    private static boolean isSignInForm(RoutingContext context) {
        return context.normalizedPath().endsWith("/j_security_check");
    }

    private void unavailable(RoutingContext context, String detail, String path) {
        context.response().headers().remove("WWW-Authenticate");
        context.response().putHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        send(context, Problem.of(503, "Service Unavailable", detail, path));
    }

    /** Ends the response with this problem: problem+json for API clients, the error page for a browser. */
    public void send(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response().setStatusCode(problem.status());
        if (wantsHtml(context)) {
            Cookie csrf = context.request().getCookie(CsrfFilter.COOKIE);
            response.putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(pages.render(problem, identity(context), csrf == null ? null : csrf.getValue()));
            return;
        }
        try {
            response.putHeader("Content-Type", Problem.MEDIA_TYPE).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.end();
        }
    }

    static boolean wantsHtml(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return !ApiPaths.isApi(context.normalizedPath()) && accept != null && accept.contains("text/html");
    }

    private static SecurityIdentity identity(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The status's name as RFC 9110 has it (413 is "Content Too Large" there, no longer "Request Entity ..."). */
    static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }

    /** What a status means for whoever sent the request, in words; null where the status says it all. */
    static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for (Accept).";
            case 413 -> "The request is larger than this server accepts.";
            case 414 -> "The address is longer than this server accepts.";
            case 415 -> "This address does not accept that type of content (Content-Type).";
            default -> null;
        };
    }
}
