package dev.custody.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness: DOWN once the instance ran out of memory (FatalErrors), so that it is restarted. */
@Liveness
@ApplicationScoped
public class FatalErrorCheck implements HealthCheck {
    static final String NAME = "no fatal error";

    @Inject
    FatalErrors errors;

    @Override
    public HealthCheckResponse call() {
        return errors.seen().map(seen -> HealthCheckResponse.named(NAME).down().withData("error", seen.what())
                .withData("since", seen.at().toString()).build())
                .orElseGet(() -> HealthCheckResponse.named(NAME).up().build());
    }
}
