package dev.custody.gating.standing;

import dev.custody.gating.GatePolicyService;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, after the scores (priority 30): computes every vendor's standing when some vendor has none (a database
 * from before standings existed, or vendors written around the services, such as the synthetic network).
 */
@ApplicationScoped
public class StandingStartup {
    private static final Logger LOG = Logger.getLogger(StandingStartup.class);

    @Inject
    StandingService standings;
    @Inject
    GatePolicyService policies;

    void onStart(@Observes @Priority(40) StartupEvent start) {
        try {
            QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
                policies.active();
                long vendors = Organization.count("kind", OrganizationKind.VENDOR);
                if (VendorStanding.count() < vendors) {
                    StandingService.Recomputed r = standings.recomputeAll();
                    LOG.infof("Standing of %d vendors computed in %d ms", r.vendors(), r.durationMillis());
                }
            });
        } catch (RuntimeException e) {
            // Another instance starting at the same time may have written the same standings first.
            LOG.errorf(e, "Standings at start failed; the next change or daily rescore computes them");
        }
    }
}
