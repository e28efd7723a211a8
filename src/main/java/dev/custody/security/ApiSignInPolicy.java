package dev.custody.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The HTTP permission of /api and /q/metrics: signed in, else 401. It fails the request rather than denying it, so
 * that the 401 goes through dev.custody.web.HttpErrors and carries a problem body and its challenge; Quarkus' own
 * "authenticated" policy ends the response with an empty body.
 */
@ApplicationScoped
public class ApiSignInPolicy implements HttpSecurityPolicy {
    public static final String NAME = "api-signed-in";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        return identity.onItem().transformToUni(who -> who.isAnonymous()
                ? Uni.createFrom().failure(new AuthenticationFailedException("Not signed in"))
                : CheckResult.permit());
    }

    @Override
    public String name() {
        return NAME;
    }
}
