package dev.custody.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response: pages, API, static files, sign-in challenges and errors. Scripts and styles
 * only from Custody itself (no inline script, no inline style, no other origin), never framed, no MIME sniffing,
 * no referrer to other sites; HSTS where Custody is always served over TLS (the pg profile).
 */
@ApplicationScoped
public class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    /** Quarkus' Swagger UI starts itself with an inline script and inline styles; only its own pages get this. */
    static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ConfigProperty(name = "custody.security.hsts", defaultValue = "false")
    boolean hsts;
    /** Marks every cookie Secure; on where Custody is served over TLS, even behind a proxy that ends TLS. */
    @ConfigProperty(name = "custody.security.secure-cookies", defaultValue = "false")
    boolean secureCookies;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onEveryRequest);
    }

    private void onEveryRequest(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            add(context.normalizedPath(), context.response().headers());
            if (secureCookies) {
                secure(context.response());
            }
        });
        context.next();
    }

    private void secure(HttpServerResponse response) {
        // The session cookie is still in Vert.x' cookie jar here; cookies set by JAX-RS are already headers. When the
        // application itself set the session cookie (sign-out expires it), the jar's copy — the session renewed while
        // authenticating this very request — must not be sent after it, or the browser keeps the session.
        List<String> cookies = response.headers().getAll(HttpHeaders.SET_COOKIE);
        boolean setByApplication = cookies.stream().anyMatch(cookie -> cookie.startsWith(sessionCookie + "="));
        // The jar also holds the cookie the browser sent: re-adding that one would send it back without its path and
        // HttpOnly flag (a second session cookie at the page's path that sign-out does not clear). Only cookies this
        // response sets are marked Secure and sent.
        response.removeCookies(sessionCookie, false).forEach(cookie -> {
            boolean onlyReceived = cookie instanceof ServerCookie received && received.isFromUserAgent() && !received.isChanged();
            if (!setByApplication && !onlyReceived) {
                response.addCookie(cookie.setSecure(true));
            }
        });
        if (!cookies.isEmpty()) {
            response.headers().remove(HttpHeaders.SET_COOKIE);
            cookies.forEach(cookie -> response.headers().add(HttpHeaders.SET_COOKIE, secure(cookie)));
        }
    }

    static String secure(String setCookie) {
        return setCookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|\\s*$)") ? setCookie : setCookie + "; Secure";
    }

    void add(String path, MultiMap headers) {
        headers.set("Content-Security-Policy", path != null && path.startsWith("/q/swagger-ui") ? SWAGGER_UI_CSP : CSP);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (hsts) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }
}
