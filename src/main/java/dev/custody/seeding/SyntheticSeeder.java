package dev.custody.seeding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * On demand only (custody.seed.synthetic-organizations > 0): writes a generated large network into an
 * empty database, once per database, before the Seeder would load the demo network (which then finds
 * organizations and stays out).
 */
@ApplicationScoped
public class SyntheticSeeder {
    static final String SEED = "synthetic-network";
    private static final Logger LOG = Logger.getLogger(SyntheticSeeder.class);

    @Inject
    SyntheticConfig config;
    @Inject
    SeedConfig seeds;
    @Inject
    Seeder seeder;
    @Inject
    ReferenceDataLoader reference;
    @Inject
    SeedLock lock;
    @Inject
    SyntheticNetworkWriter writer;
    @Inject
    Clock clock;

    void onStart(@Observes @Priority(5) StartupEvent start) {
        int organizations = config.syntheticOrganizations();
        if (organizations <= 0) {
            return;
        }
        if (seeds.reference()) {
            // The network refers to countries, so they go first; the Seeder skips them later.
            seeder.seed("countries", reference::loadCountries);
        }
        int links = config.syntheticLinks() > 0 ? config.syntheticLinks() : organizations * 5;
        seed(organizations, links);
    }

    /**
     * Claims the seed in a transaction of its own, then writes outside any transaction: the writer commits
     * batch by batch, because one transaction of a million rows takes H2 minutes longer and gigabytes of
     * disk. The price: a failed write leaves part of the network behind (start again on a fresh database).
     */
    boolean seed(int organizations, int links) {
        if (lock.ranElsewhere(SEED)) {
            LOG.infof("Seed %s already ran against this database", SEED);
            return false;
        }
        long started = System.nanoTime();
        SyntheticNetwork network = SyntheticNetwork.generate(config.syntheticSeed(), organizations, links,
                LocalDate.now(clock));
        LOG.infof("Generated a synthetic network of %d organizations and %d links in %d ms",
                organizations, links, (System.nanoTime() - started) / 1_000_000);
        if (!claim()) {
            return false;
        }
        int rows = writer.write(network);
        LOG.infof("Seeded %s: %d records", SEED, rows);
        return true;
    }

    private boolean claim() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> lock.claim(SEED));
        } catch (RuntimeException e) {
            if (lock.ranElsewhere(SEED)) {
                return false;
            }
            throw e;
        }
    }
}
