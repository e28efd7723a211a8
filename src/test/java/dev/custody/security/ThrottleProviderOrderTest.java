package dev.custody.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The login throttle only works when Quarkus asks it before the app_user store: the identity provider manager asks
 * providers from the highest priority down, and among equal priorities in an order that changes between builds.
 */
@QuarkusTest
class ThrottleProviderOrderTest {
    @Inject
    Instance<IdentityProvider<?>> providers;

    @Test
    void shouldRankTheThrottleAboveEveryOtherUserNameAndPasswordProvider() {
        int others = 0;
        for (IdentityProvider<?> provider : providers) {
            if (provider.getRequestType() == UsernamePasswordAuthenticationRequest.class
                    && !(provider instanceof ThrottledPasswordProvider)) {
                others++;
                assertThat(provider.priority()).as(provider.getClass().getName())
                        .isLessThan(ThrottledPasswordProvider.PRIORITY);
            }
        }
        assertThat(others).as("the app_user store").isPositive();
    }
}
