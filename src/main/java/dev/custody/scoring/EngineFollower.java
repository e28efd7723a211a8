package dev.custody.scoring;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's scoring engine in step with the others sharing the database: a few times a second it asks
 * for the last sequence number of score_change (one indexed look-up) and applies what other instances committed since
 * (ScoringEngine.follow), so their edits show in this instance's scores and explanations within a second. Its own
 * thread: the scheduler does not run jobs more often than once a second.
 */
@ApplicationScoped
public class EngineFollower {
    private static final Logger LOG = Logger.getLogger(EngineFollower.class);

    @Inject
    ScoringEngine engine;
    @ConfigProperty(name = "custody.scoring.engine.poll", defaultValue = "250ms")
    Duration interval;

    private ScheduledExecutorService executor;
    private volatile boolean failing;

    void onStart(@Observes @Priority(40) StartupEvent start) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custody-engine-follower");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::follow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void follow() {
        try {
            QuarkusTransaction.requiringNew().run(engine::follow);
            if (failing) {
                LOG.info("The scoring engine follows the other instances again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // The database may be restarting: try again at the next tick, logging once until it works again.
            if (!failing) {
                LOG.warnf(e, "The scoring engine could not look for other instances' changes; trying again");
                failing = true;
            }
        }
    }
}
