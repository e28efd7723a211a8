package dev.custody.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The background worker of this instance: polls for due deliveries (custody.webhooks.poll-interval) and is woken
 * right after a change that queued some commits. One drain runs at a time here; other instances run their own,
 * and the claims in the database keep them from sending a delivery twice.
 */
@ApplicationScoped
public class WebhookWorker {
    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean stopping;

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    ManagedExecutor executor;

    @Scheduled(identity = "webhook-deliveries", every = "${custody.webhooks.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    /** Keeps the log to the retention period; every instance may run it, deleting twice deletes nothing more. */
    @Scheduled(identity = "webhook-log-retention", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (!stopping) {
            int removed = dispatcher.purge();
            if (removed > 0) {
                LOG.infof("Removed %d webhook deliveries older than the retention period", removed);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Sends what is due soon, on another thread; many wakes in a row make one drain. */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            executor.runAsync(() -> {
                wakeQueued.set(false);
                drain();
            });
        }
    }

    /** Sends due deliveries until none is left; a drain asked for while one runs makes that one go round again. */
    void drain() {
        if (stopping) {
            return;
        }
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (!stopping && dispatcher.runOnce() > 0) {
                    // the next batch
                }
            } while (again.get() && !stopping);
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.error("Webhook deliveries stopped for this round; the next poll tries again", e);
            }
        } finally {
            draining.set(false);
        }
    }
}
