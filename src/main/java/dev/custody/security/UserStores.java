package dev.custody.security;

import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.AuthenticationRequest;
import jakarta.enterprise.inject.Instance;

/** Finds the identity provider a checking provider (throttle, session) hands a request on to: the app_user store. */
final class UserStores {
    private UserStores() {
    }

    /** The highest-priority provider of this request type other than the one asking. */
    @SuppressWarnings("unchecked")
    static <R extends AuthenticationRequest> IdentityProvider<R> below(Instance<IdentityProvider<?>> providers,
            Class<R> type, IdentityProvider<R> asking) {
        return (IdentityProvider<R>) providers.stream()
                .filter(p -> p.getRequestType() == type)
                .filter(p -> p.getClass() != asking.getClass() && !asking.getClass().isAssignableFrom(p.getClass()))
                .max((a, b) -> Integer.compare(a.priority(), b.priority()))
                .orElseThrow(() -> new IllegalStateException("no user store for " + type.getSimpleName()));
    }
}
