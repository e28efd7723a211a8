package dev.custody.security;

import dev.custody.web.ApiPaths;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells API clients how to sign in: a 401 under /api carries "WWW-Authenticate: Basic". With form login
 * also enabled for the pages, Quarkus sends the 401 without a challenge, and curl or a script would not
 * know to retry with credentials.
 */
@ApplicationScoped
public class BasicChallenge {
    static final String HEADER = "WWW-Authenticate";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (ApiPaths.isApi(rc.normalizedPath())) {
                rc.addHeadersEndHandler(ignored -> {
                    if (rc.response().getStatusCode() == 401 && !rc.response().headers().contains(HEADER)) {
                        rc.response().putHeader(HEADER, "Basic realm=\"Custody\", charset=\"UTF-8\"");
                    }
                });
            }
            rc.next();
        }, 1000);
    }
}
