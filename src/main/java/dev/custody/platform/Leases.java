package dev.custody.platform;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The leases this instance holds on background work, their heartbeat, and the sweep for work whose instance died.
 *
 * <p>A job holds its lease (hold) from the moment its row names this instance until it ends (close). Every
 * custody.leases.heartbeat the heartbeat of every held key is written; every custody.leases.sweep each LeasedWork
 * settles the rows whose heartbeat is older than custody.leases.stale-after. Times are the real time of the machine
 * (never the application's Clock, which tests move), so instances sharing a database need clocks within a few
 * seconds of each other (NTP), well under stale-after.
 */
@ApplicationScoped
public class Leases {
    private static final Logger LOG = Logger.getLogger(Leases.class);
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC on' d MMMM yyyy",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** A held lease; closing it stops the heartbeat (the job ended, or gave its work up). */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    InstanceIdentity instance;
    @Inject
    LeaseConfig config;
    @Inject
    @Any
    Instance<LeasedWork<?>> kinds;

    /** Held keys by kind of work (the kind's name: a bean and its client proxy are the same kind). */
    private final Map<String, Set<Object>> held = new ConcurrentHashMap<>();

    /** This instance's name, written into the rows of the work it runs. */
    public String owner() {
        return instance.id();
    }

    /** The real time now (see the class comment). */
    public Instant now() {
        return Instant.now();
    }

    /** Work whose last sign of life is before this belongs to an instance that died. */
    public Instant cutoff() {
        return now().minus(config.staleAfter());
    }

    /** Whether a sign of life at that time (null: none yet) is too old. */
    public boolean stale(Instant lastSign) {
        return lastSign == null || lastSign.isBefore(cutoff());
    }

    /** Starts the heartbeat of a key this instance's row now names; close the lease when the work ends. */
    public <K> Lease hold(LeasedWork<K> work, K key) {
        Set<Object> keys = held.computeIfAbsent(work.kind(), w -> ConcurrentHashMap.newKeySet());
        keys.add(key);
        return () -> keys.remove(key);
    }

    /** Whether this instance holds the key (its work is alive here, whatever its heartbeat says). */
    public <K> boolean holds(LeasedWork<K> work, K key) {
        return held.getOrDefault(work.kind(), Set.of()).contains(key);
    }

    @Scheduled(identity = "lease-heartbeat", every = "${custody.leases.heartbeat}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        heartbeatNow();
    }

    /** Writes the heartbeat of every held key now (the schedule does it every custody.leases.heartbeat). */
    public void heartbeatNow() {
        for (LeasedWork<?> work : kinds) {
            Set<Object> keys = held.getOrDefault(work.kind(), Set.of());
            if (!keys.isEmpty()) {
                beat(work, List.copyOf(keys));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <K> void beat(LeasedWork<K> work, List<Object> keys) {
        try {
            work.heartbeat(owner(), (List<K>) keys, now());
        } catch (RuntimeException e) {
            // The database is away: the next beat tries again; past stale-after another instance may take over.
            LOG.warnf("Heartbeat of %d %s jobs failed: %s", keys.size(), work.kind(), e.getMessage());
        }
    }

    @Scheduled(identity = "lease-sweep", every = "${custody.leases.sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        for (LeasedWork<?> work : kinds) {
            try {
                int settled = work.sweep(this, cutoff(), now());
                if (settled > 0) {
                    LOG.infof("Settled %d %s jobs whose instance stopped answering", settled, work.kind());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Sweep of %s jobs failed: %s", work.kind(), e.getMessage());
            }
        }
    }

    /** A moment as a person reads it in a reason: "14:03:27 UTC on 7 December 2026". */
    public static String inWords(Instant moment) {
        return moment == null ? "it started" : WORDS.format(moment);
    }

    /** Runs one sweep now (tests, and an administrator who does not want to wait). */
    public void sweepNow() {
        sweep();
    }
}
