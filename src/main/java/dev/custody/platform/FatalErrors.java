package dev.custody.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Out-of-memory errors Custody's own error handling saw (a request, a report being generated). After one the JVM's
 * state cannot be trusted, so liveness goes DOWN for good (FatalErrorCheck) and an orchestrator restarts the
 * instance. The run commands start the JVM with -XX:+ExitOnOutOfMemoryError, which exits at the first such error
 * wherever it happens; this is the net for a JVM started without it.
 */
@ApplicationScoped
public class FatalErrors {
    private static final Logger LOG = Logger.getLogger(FatalErrors.class);

    /** What happened first, and when. */
    public record Seen(String what, Instant at) {
    }

    private volatile Seen first;

    /** Records the error (the first one is kept) and logs it; where says what was running. */
    public void record(VirtualMachineError error, String where) {
        LOG.errorf(error, "%s while %s: this instance reports itself not alive (/q/health/live) and should be "
                + "restarted; start the JVM with -XX:+ExitOnOutOfMemoryError so that it exits at once", error.getClass()
                .getSimpleName(), where);
        if (first == null) {
            first = new Seen(error.getClass().getSimpleName() + " while " + where, Instant.now());
        }
    }

    public Optional<Seen> seen() {
        return Optional.ofNullable(first);
    }
}
