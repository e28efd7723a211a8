package dev.custody.scoring;

import dev.custody.platform.LeasedWork;
import dev.custody.platform.Leases;
import dev.custody.platform.RecurringJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The leases of scheduled runs (scheduled_run): the heartbeat of the runs this instance holds, and the sweep that
 * fails a RUNNING run whose instance stopped answering, with the reason, then runs the job again on this instance
 * when the run is the current period's (today's rescore, this month's report); an older period's run stays
 * FAILED, its period is over.
 */
@ApplicationScoped
public class ScheduledRunLeases implements LeasedWork<ScheduledRun.Key> {
    static final String TAKEOVER = "takeover";
    private static final Logger LOG = Logger.getLogger(ScheduledRunLeases.class);

    @Inject
    @Any
    Instance<RecurringJob> jobs;
    @Inject
    ManagedExecutor executor;

    @Override
    public String kind() {
        return "scheduled run";
    }

    @Override
    public void heartbeat(String owner, Collection<ScheduledRun.Key> keys, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> ScheduledRun.update(
                "heartbeatAt = ?1 where job = ?2 and runDate = ?3 and leaseOwner = ?4 and status = ?5", now, key.job(),
                key.runDate(), owner, ScheduledRun.Status.RUNNING)));
    }

    @Override
    public int sweep(Leases leases, Instant cutoff, Instant now) {
        List<ScheduledRun> stale = QuarkusTransaction.requiringNew().call(() -> ScheduledRun.<ScheduledRun>list(
                "status = ?1 and coalesce(heartbeatAt, startedAt) < ?2", ScheduledRun.Status.RUNNING, cutoff));
        int settled = 0;
        for (ScheduledRun run : stale) {
            ScheduledRun.Key key = new ScheduledRun.Key(run.job, run.runDate);
            if (leases.holds(this, key) || !fail(run, cutoff, now, leases.owner())) {
                continue;
            }
            settled++;
            LOG.warnf("Run of %s on %s: instance %s stopped answering; failed", run.job, run.runDate, run.leaseOwner);
            jobs.stream().filter(job -> job.name().equals(run.job) && job.currentPeriod().equals(run.runDate))
                    .findFirst().ifPresent(job -> executor.runAsync(() -> job.runNow(TAKEOVER)));
        }
        return settled;
    }

    /** Fails the run unless it showed a sign of life or was settled meanwhile; whether this call failed it. */
    private boolean fail(ScheduledRun run, Instant cutoff, Instant now, String sweeper) {
        String reason = String.format("The instance running it (%s) stopped answering: no sign of life since %s. "
                + "Failed by %s%s", run.leaseOwner == null ? "unknown" : run.leaseOwner,
                Leases.inWords(run.lastSignOfLife()), sweeper,
                jobs.stream().anyMatch(job -> job.name().equals(run.job) && job.currentPeriod().equals(run.runDate))
                        ? ", which runs it again now." : "; its period is over, the next period runs as scheduled.");
        return QuarkusTransaction.requiringNew().call(() -> ScheduledRun.update("status = ?1, finishedAt = ?2, "
                + "error = ?3 where job = ?4 and runDate = ?5 and status = ?6 and coalesce(heartbeatAt, startedAt) < ?7",
                ScheduledRun.Status.FAILED, now, reason, run.job, run.runDate, ScheduledRun.Status.RUNNING, cutoff)) == 1;
    }
}
