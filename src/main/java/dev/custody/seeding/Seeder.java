package dev.custody.seeding;

import dev.custody.security.DemoUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * Seeds an empty database at start: reference data, then (embedded default and tests) demo logins and the
 * demo network. Each seed runs once per database, in one transaction, whatever the number of instances.
 */
@ApplicationScoped
public class Seeder {
    private static final Logger LOG = Logger.getLogger(Seeder.class);

    @Inject
    SeedConfig config;
    @Inject
    SeedLock lock;
    @Inject
    ReferenceDataLoader reference;
    @Inject
    DemoUsers demoUsers;
    @Inject
    DemoNetworkLoader demoNetwork;
    @Inject
    SafeguardCatalogueLoader safeguards;
    @Inject
    DemoEngagementLoader demoEngagements;

    void onStart(@Observes @Priority(10) StartupEvent start) {
        if (config.reference()) {
            seed("countries", reference::loadCountries);
            seed("restricted-parties", reference::loadRestrictedParties);
        }
        if (config.demoUsers()) {
            seed("demo-users", demoUsers::create);
        }
        if (config.demoNetwork()) {
            seed("demo-network", demoNetwork::load);
        }
        if (config.reference()) {
            seed("safeguards", safeguards::load);
        }
        if (config.demoNetwork()) {
            seed("demo-engagements", demoEngagements::load);
        }
    }

    /** Runs one seed unless it already ran against this database; returns whether it ran here. */
    public boolean seed(String name, IntSupplier loader) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!lock.claim(name)) {
                    return false;
                }
                int count = loader.getAsInt();
                LOG.infof("Seeded %s: %d records", name, count);
                return true;
            });
        } catch (RuntimeException e) {
            if (lock.ranElsewhere(name)) {
                LOG.infof("Seed %s was run by another instance", name);
                return false;
            }
            throw e;
        }
    }
}
