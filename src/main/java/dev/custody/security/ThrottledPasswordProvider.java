package dev.custody.security;

import dev.custody.platform.TextChecks;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Checks user name and password (form login and HTTP Basic) through LoginThrottle: refuses without checking the
 * password while this user name from this address has to wait, otherwise asks the app_user store (quarkus-security-jpa)
 * and records the outcome. Runs before that store, so no password check can bypass the throttle. Fails closed:
 * when the throttle itself fails (database down, ...), the sign-in is refused with AuthenticationFailedException
 * (marked UNAVAILABLE for ThrottleResponses) rather than failing otherwise, since the identity provider manager
 * would take any other failure as "try the next provider" and let the user store check the password unthrottled.
 */
@ApplicationScoped
public class ThrottledPasswordProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** Set on the request when a sign-in was refused by the throttle: the seconds to wait. */
    public static final String REFUSED = ThrottledPasswordProvider.class.getName() + ".refused";
    /** Set on the request when a sign-in was refused because the throttle could not be checked or recorded. */
    public static final String UNAVAILABLE = ThrottledPasswordProvider.class.getName() + ".unavailable";

    private static final Logger LOG = Logger.getLogger(ThrottledPasswordProvider.class);

    @Inject
    LoginThrottle throttle;
    @Inject
    Instance<IdentityProvider<?>> providers;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Above every other provider of user name and password. Quarkus' providers (the app_user store included) answer
     * the default priority SYSTEM_FIRST + 1, and among equal priorities the order is the order CDI lists the beans,
     * which changes from build to build: with equal priorities the store was sometimes asked first and the throttle
     * never ran. The manager asks providers from the highest priority down.
     */
    static final int PRIORITY = SYSTEM_FIRST + 1000;

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? "" : http.request().remoteAddress().host();
        if (!TextChecks.isSingleLine(username) || username.length() > LoginThrottle.MAX_USERNAME) {
            // No such login can exist; refused before the database sees a NUL or an endless name.
            return Uni.createFrom().failure(new AuthenticationFailedException("No such user name"));
        }
        return blocking(() -> throttle.refusal(username, address)).chain(refusal -> refusal.isPresent()
                ? refuse(http, refusal.get())
                : store().authenticate(request, context).onItemOrFailure().call((identity, failure) ->
                        blocking(() -> record(username, address, identity, failure))))
                .onFailure(f -> !(f instanceof AuthenticationFailedException))
                .recoverWithUni(f -> unavailable(http, username, f));
    }

    private static Uni<SecurityIdentity> unavailable(RoutingContext http, String username, Throwable failure) {
        LOG.errorf(failure, "Sign-in of %s refused: the login throttle could not be checked or recorded", username);
        if (http != null) {
            http.put(UNAVAILABLE, Boolean.TRUE);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("Sign-in is unavailable; try again later"));
    }

    private static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Void record(String username, String address, SecurityIdentity identity, Throwable failure) {
        if (identity != null) {
            throttle.succeeded(username, address);
        } else if (failure == null || failure instanceof AuthenticationFailedException) {
            throttle.failed(username, address);
        }
        return null;
    }

    private static Uni<SecurityIdentity> refuse(RoutingContext http, Duration wait) {
        if (http != null) {
            // Whole seconds, rounded up: a client that waits Retry-After is never refused again for the rest.
            http.put(REFUSED, Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed sign-ins; try again later"));
    }

    private IdentityProvider<UsernamePasswordAuthenticationRequest> store() {
        return UserStores.below(providers, UsernamePasswordAuthenticationRequest.class, this);
    }
}
