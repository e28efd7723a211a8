package dev.custody.security.apikeys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.web.ApiPaths;
import dev.custody.web.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Authorization: Bearer <API key>" on the API (/api, and /q/metrics and /q/openapi for scrapers and client
 * generators) of the embedded sign-in. Other bearer tokens, other paths and the Keycloak mode are left to the other
 * mechanisms. A refused key is answered 401 with a problem+json body saying why (not valid, revoked, expired) and
 * an RFC 6750 challenge.
 */
@ApplicationScoped
public class ApiKeyAuthMechanism implements HttpAuthenticationMechanism {
    /** The name quarkus.http.auth.permission.*.auth-mechanism selects this mechanism by. */
    public static final String SCHEME = "custody-api-key";
    static final String REFUSED = ApiKeyAuthMechanism.class.getName() + ".refused";
    /** RFC 6750: the reason is in the body, which may name the key; the header stays plain ASCII. */
    static final String CHALLENGE = "Bearer realm=\"Custody\", error=\"invalid_token\"";
    private static final String BEARER = "bearer ";
    private static final List<String> OTHER_PATHS = List.of("/q/metrics", "/q/openapi");

    @Inject
    ApiKeyService keys;
    @Inject
    ObjectMapper json;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (!keys.enabled() || header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || !appliesTo(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        ApiKeyAuthenticationRequest request = new ApiKeyAuthenticationRequest(header.substring(BEARER.length()).strip());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        // This mechanism answers the challenge of a refused key, not Basic's.
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class)
                .invoke(refused -> context.put(REFUSED, refused.getMessage()));
    }

    static boolean appliesTo(String path) {
        return path != null && (ApiPaths.isApi(path) || OTHER_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String reason = context.get(REFUSED);
        return reason == null ? Uni.createFrom().nullItem()
                : Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        String reason = context.get(REFUSED);
        if (reason == null) {
            return Uni.createFrom().item(false);
        }
        String body = problem(reason, context.normalizedPath());
        context.response().setStatusCode(401).putHeader("WWW-Authenticate", CHALLENGE)
                .putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Cache-Control", "no-store");
        return Uni.createFrom().completionStage(context.response().end(body).toCompletionStage()).replaceWith(true);
    }

    private String problem(String reason, String path) {
        try {
            return json.writeValueAsString(Problem.of(401, "Unauthorized", reason, path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer", SCHEME));
    }
}
