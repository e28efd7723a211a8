package dev.custody.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Opens the server-side session (WebSessions) when someone signs in through the sign-in form; SessionCookies hands
 * its token to the browser. A session that cannot be opened refuses the sign-in as unavailable.
 */
@ApplicationScoped
public class SessionOpening implements SecurityIdentityAugmentor {
    /** Set on the sign-in request: the token of the session just opened. */
    public static final String OPENED = SessionOpening.class.getName() + ".opened";
    private static final Logger LOG = Logger.getLogger(SessionOpening.class);

    @Inject
    WebSessions sessions;
    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || http == null || http.request().method() != HttpMethod.POST
                || !http.normalizedPath().endsWith(postLocation)) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            try {
                http.put(OPENED, sessions.open(username));
                return identity;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Sign-in of %s refused: its session could not be stored", username);
                http.put(ThrottledPasswordProvider.UNAVAILABLE, Boolean.TRUE);
                throw new AuthenticationFailedException("Sign-in is unavailable; try again later");
            }
        });
    }
}
