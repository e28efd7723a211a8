package dev.custody.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Leases on background work shared by instances (reports, scheduled jobs): how often a running job says it is alive,
 * and after how long without a sign of life another instance takes it over or fails it.
 */
@ConfigMapping(prefix = "custody.leases")
public interface LeaseConfig {
    /** How often each instance writes the heartbeat of the jobs it runs. */
    @WithDefault("PT5S")
    Duration heartbeat();

    /**
     * A job whose last heartbeat is older than this belongs to an instance that died (or lost the database for that
     * long). Several heartbeats long, so a slow write or a garbage-collection pause does not look like death.
     */
    @WithDefault("PT30S")
    Duration staleAfter();

    /** How often each instance looks for jobs whose instance died: a duration such as PT10S, or "off" (tests). */
    @WithDefault("PT10S")
    String sweep();

    /** How many times a queued report is started in all before it is failed (an instance dying on it each time). */
    @WithDefault("2")
    int reportAttempts();

    /** This instance's name in the leases it holds; by default host name, process id and a random suffix. */
    Optional<String> instanceName();
}
