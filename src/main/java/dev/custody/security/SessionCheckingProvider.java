package dev.custody.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Restores a signed-in browser (Quarkus' session cookie names the user) only while its server-side session is alive
 * (WebSessions): the custody-sid cookie must name a live session of that same user. Otherwise the request is
 * treated as not signed in, and SessionCookies clears both cookies. Runs above the app_user store, which then
 * loads the user's current roles. Fails closed like the login throttle: when the sessions cannot be read, the
 * request is refused as unavailable (503), never let through unchecked.
 */
@ApplicationScoped
public class SessionCheckingProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    /** The identity attribute holding the id of the live session (the CSRF token is bound to it). */
    public static final String SESSION_ID = SessionCheckingProvider.class.getName() + ".session";
    /** Set on the request when its session cookie named no live session: the cookies are cleared. */
    public static final String STALE = SessionCheckingProvider.class.getName() + ".stale";

    private static final Logger LOG = Logger.getLogger(SessionCheckingProvider.class);

    @Inject
    WebSessions sessions;
    @Inject
    Instance<IdentityProvider<?>> providers;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Above the app_user store, for the reason ThrottledPasswordProvider.PRIORITY gives. */
    @Override
    public int priority() {
        return ThrottledPasswordProvider.PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = http == null ? null : http.request().getCookie(WebSessions.COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        return Uni.createFrom().item(() -> sessions.check(token, request.getPrincipal()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithUni(failure -> unavailable(http, failure))
                .chain(live -> live.isEmpty() ? stale(http)
                        : store().authenticate(request, context).map(identity -> withSession(identity, live.get())));
    }

    private static SecurityIdentity withSession(SecurityIdentity identity, WebSession session) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(SESSION_ID, session.id).build();
    }

    private static Uni<Optional<WebSession>> unavailable(RoutingContext http, Throwable failure) {
        LOG.errorf(failure, "A signed-in request was refused: the sessions could not be checked");
        if (http != null) {
            http.put(ThrottledPasswordProvider.UNAVAILABLE, Boolean.TRUE);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("Sessions cannot be checked; try again later"));
    }

    private static Uni<SecurityIdentity> stale(RoutingContext http) {
        if (http != null) {
            http.put(STALE, Boolean.TRUE);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("This session has ended; sign in again"));
    }

    private IdentityProvider<TrustedAuthenticationRequest> store() {
        return UserStores.below(providers, TrustedAuthenticationRequest.class, this);
    }
}
