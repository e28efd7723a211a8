package dev.custody.security;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns a sign-in refused by the throttle into a clear answer: the form login goes back to the sign-in page with
 * "too many failed sign-ins", HTTP Basic gets 429 with Retry-After instead of another 401 challenge. A sign-in
 * refused because the throttle could not be checked goes back to the sign-in page with "unavailable" (form) or
 * gets 503 (HTTP Basic), never a plain "wrong password".
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
        if (context.get(ThrottledPasswordProvider.UNAVAILABLE) != null) {
            unavailable(context.response());
            return;
        }
        Long seconds = context.get(ThrottledPasswordProvider.REFUSED);
        if (seconds == null) {
            return;
        }
        HttpServerResponse response = context.response();
        if (response.getStatusCode() == 302) {
            response.headers().set("Location", LOGIN_PAGE);
        } else if (response.getStatusCode() == 401) {
            response.setStatusCode(429).setStatusMessage("Too Many Requests");
            response.headers().remove("WWW-Authenticate");
        }
        response.headers().set("Retry-After", String.valueOf(seconds));
    }

    private static void unavailable(HttpServerResponse response) {
        if (response.getStatusCode() == 302) {
            response.headers().set("Location", UNAVAILABLE_PAGE);
        } else if (response.getStatusCode() == 401) {
            response.setStatusCode(503).setStatusMessage("Service Unavailable");
            response.headers().remove("WWW-Authenticate");
        }
    }
}
