package dev.custody.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands the browser the token of a session just opened (cookie custody-sid, HttpOnly, SameSite=Strict, Secure where
 * cookies are), and clears both session cookies when a request came with a session that has ended, so that the
 * browser stops sending them.
 */
@ApplicationScoped
public class SessionCookies {
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;
    @ConfigProperty(name = "custody.security.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> write(context));
            context.next();
        });
    }

    private void write(RoutingContext context) {
        String opened = context.get(SessionOpening.OPENED);
        if (opened != null && context.get(ThrottledPasswordProvider.UNAVAILABLE) == null) {
            add(context, Cookie.cookie(WebSessions.COOKIE, opened));
        } else if (Boolean.TRUE.equals(context.get(SessionCheckingProvider.STALE))) {
            add(context, Cookie.cookie(WebSessions.COOKIE, "").setMaxAge(0));
            add(context, Cookie.cookie(sessionCookie, "").setMaxAge(0));
        }
    }

    /**
     * A Set-Cookie that makes the browser forget a session cookie (JAX-RS sign-out and password change);
     * SecurityHeaders marks it Secure where cookies are.
     */
    static NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** As a header, not through the cookie jar, so that it is written exactly as built here. */
    private void add(RoutingContext context, Cookie cookie) {
        cookie.setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secureCookies);
        context.response().headers().add(HttpHeaders.SET_COOKIE, cookie.encode());
    }
}
