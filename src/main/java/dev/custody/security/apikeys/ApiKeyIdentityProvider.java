package dev.custody.security.apikeys;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a presented API key into the identity of its owner with the key's roles, or refuses it with the reason. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    /** Identity attribute: the id of the key a request was signed in with (absent for passwords and sessions). */
    public static final String KEY_ID = "custody.api-key-id";

    @Inject
    ApiKeyService keys;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeyCheck check = keys.check(request.key());
            if (check instanceof ApiKeyCheck.Accepted accepted) {
                return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(accepted.owner()))
                        .addRoles(accepted.roles()).addAttribute(KEY_ID, accepted.keyId()).build();
            }
            throw new AuthenticationFailedException(((ApiKeyCheck.Refused) check).reason());
        });
    }
}
