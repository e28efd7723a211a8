package dev.custody.security;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sends the sign-in form back to the sign-in page with the reason when the throttle delayed the attempt ("wait a
 * moment", with Retry-After) or sign-in could not be checked ("unavailable"), never with a plain "wrong password".
 * HTTP Basic gets 429 or 503 problems from dev.custody.web.HttpErrors.
 */
@ApplicationScoped
public class ThrottleResponses {
    public static final String LOGIN_PAGE = "/login?error=throttled";
    public static final String UNAVAILABLE_PAGE = "/login?error=unavailable";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::onEveryRequest);
    }

    private void onEveryRequest(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> rewrite(context));
        context.next();
    }

    private static void rewrite(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.getStatusCode() != 302) {
            return;
        }
        Long seconds = context.get(ThrottledPasswordProvider.REFUSED);
        if (context.get(ThrottledPasswordProvider.UNAVAILABLE) != null) {
            response.headers().set("Location", UNAVAILABLE_PAGE);
        } else if (seconds != null) {
            response.headers().set("Location", LOGIN_PAGE + "&wait=" + seconds);
            response.headers().set("Retry-After", String.valueOf(seconds));
        }
    }
}
