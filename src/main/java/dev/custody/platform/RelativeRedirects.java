package dev.custody.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Redirects back to Custody never name a host: JAX-RS and Quarkus' form sign-in build absolute Locations from the
 * request's Host header, which a client may forge (cache poisoning, links to another site). Any Location pointing
 * at the host the request came to becomes the relative path, which the browser resolves against the address it
 * really used. Locations to other hosts (Keycloak's sign-in page) are left as they are.
 */
@ApplicationScoped
public class RelativeRedirects {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> rewrite(context));
            context.next();
        });
    }

    private static void rewrite(RoutingContext context) {
        String location = context.response().headers().get(HttpHeaders.LOCATION);
        if (location != null) {
            String relative = relative(location, context.request().authority());
            if (!relative.equals(location)) {
                context.response().headers().set(HttpHeaders.LOCATION, relative);
            }
        }
    }

    /** The Location as a path when it points at this authority (the Host the request came to), else unchanged. */
    static String relative(String location, HostAndPort authority) {
        URI uri;
        try {
            uri = URI.create(location.trim());
        } catch (IllegalArgumentException notAUri) {
            return location;
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null || authority == null
                || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(authority.host())
                || uri.getPort() != authority.port() && !(uri.getPort() < 0 && authority.port() < 0)) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // "//evil" would be read as another host by the browser.
        path = "/" + path.replaceFirst("^/+", "");
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
