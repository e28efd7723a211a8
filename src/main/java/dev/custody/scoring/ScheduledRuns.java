package dev.custody.scoring;

import dev.custody.platform.Leases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Claims and records the runs of scheduled jobs, each step in a short transaction of its own, so that the claim
 * is visible to every instance before the work starts and the outcome stays recorded when the work fails.
 *
 * <p>Why the database and a primary key rather than a lease row per job: instances are stateless and share
 * nothing but the database; an insert of (job, date) commits for exactly one of them, on H2 and PostgreSQL
 * alike, and leaves the record of the run in the same row. The row names the instance running it and carries its
 * heartbeat (dev.custody.platform.Leases); a failed run, or one whose instance stopped answering (no heartbeat for
 * custody.leases.stale-after), can be taken over (ScheduledRunLeases does it at once for the current period); the
 * next period has a key of its own whatever happened.
 */
@ApplicationScoped
public class ScheduledRuns {
    static final int MAX_ERROR = 2000;
    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);

    /** A day's run of a job, and whether this call ran it (false: it had run or was running elsewhere). */
    public record Outcome(boolean ran, ScheduledRun run) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Leases leases;
    @Inject
    ScheduledRunLeases runLeases;

    /** Claims the job's run of this date for the caller; empty when another instance has it or it succeeded. */
    public Optional<ScheduledRun> claim(String job, LocalDate date, String triggeredBy) {
        try {
            return tryClaim(job, date, triggeredBy);
        } catch (PersistenceException e) {
            // A concurrent claim inserted the same key first; its row is committed by the time the insert fails.
            if (find(job, date).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Runs the job's run of this date once across instances: claims it, does the work (which records its success
     * with succeeded and answers the run) and records a failure, for a later attempt to take over.
     */
    public Outcome runOnce(String job, LocalDate date, String triggeredBy,
            Function<ScheduledRun.Key, ScheduledRun> work) {
        if (claim(job, date, triggeredBy).isEmpty()) {
            return new Outcome(false, find(job, date).orElseThrow());
        }
        ScheduledRun.Key key = new ScheduledRun.Key(job, date);
        try (Leases.Lease lease = leases.hold(runLeases, key)) {
            try {
                return new Outcome(true, work.apply(key));
            } catch (LeaseLost e) {
                return new Outcome(true, find(job, date).orElseThrow());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Run of %s on %s failed; the next attempt takes it over", job, date);
                return new Outcome(true, failedUnlessTakenOver(key, e));
            }
        }
    }

    private ScheduledRun failedUnlessTakenOver(ScheduledRun.Key key, RuntimeException cause) {
        try {
            return failed(key, cause);
        } catch (LeaseLost e) {
            return find(key.job(), key.runDate()).orElseThrow();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<ScheduledRun> tryClaim(String job, LocalDate date, String triggeredBy) {
        Instant now = Instant.now(clock);
        ScheduledRun run = em.find(ScheduledRun.class, new ScheduledRun.Key(job, date), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new ScheduledRun();
            run.job = job;
            run.runDate = date;
        } else if (!claimable(run, now)) {
            return Optional.empty();
        }
        run.status = ScheduledRun.Status.RUNNING;
        run.triggeredBy = triggeredBy;
        run.startedAt = now;
        run.finishedAt = null;
        run.attempts++;
        run.error = null;
        run.leaseOwner = leases.owner();
        run.heartbeatAt = leases.now();
        run.persist();
        em.flush();
        return Optional.of(run);
    }

    private boolean claimable(ScheduledRun run, Instant now) {
        return switch (run.status) {
            case FAILED -> true;
            case RUNNING -> leases.stale(run.lastSignOfLife());
            case SUCCEEDED -> false;
        };
    }

    /** Records a successful run of a job that has nothing more to record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ScheduledRun succeeded(ScheduledRun.Key key, long durationMillis) {
        ScheduledRun run = finish(key, ScheduledRun.Status.SUCCEEDED);
        run.durationMillis = durationMillis;
        return run;
    }

    /** Records a successful rescore. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ScheduledRun succeeded(ScheduledRun.Key key, ScoreService.RescoreResult result) {
        ScheduledRun run = finish(key, ScheduledRun.Status.SUCCEEDED);
        run.modelVersion = result.modelVersion();
        run.organizations = result.organizations();
        run.changed = result.changed();
        run.historyRows = result.historyRows();
        run.durationMillis = result.durationMillis();
        return run;
    }

    /** Records a failure; the run can be taken over by a later attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ScheduledRun failed(ScheduledRun.Key key, RuntimeException cause) {
        return failed(key, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** Records a failure the job has put in words (shown as it is); a later attempt can take the run over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ScheduledRun failed(ScheduledRun.Key key, String message) {
        ScheduledRun run = finish(key, ScheduledRun.Status.FAILED);
        run.error = message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR);
        return run;
    }

    /**
     * Records the end of a run this instance holds. A run another instance took over meanwhile (this one looked
     * dead, e.g. cut off from the database past the lease) is left to its new owner: the row is answered unchanged.
     */
    private ScheduledRun finish(ScheduledRun.Key key, ScheduledRun.Status status) {
        ScheduledRun run = em.find(ScheduledRun.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (run.leaseOwner != null && !run.leaseOwner.equals(leases.owner())) {
            LOG.warnf("Run of %s on %s was taken over by %s; its end here is not recorded", key.job(), key.runDate(),
                    run.leaseOwner);
            throw new LeaseLost(run.leaseOwner);
        }
        run.status = status;
        run.finishedAt = Instant.now(clock);
        return run;
    }

    /** The run was taken over by another instance: nothing of this instance's end is recorded. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(String owner) {
            super("taken over by " + owner);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ScheduledRun> find(String job, LocalDate date) {
        return Optional.ofNullable(em.find(ScheduledRun.class, new ScheduledRun.Key(job, date)));
    }

    /** The job's latest runs, newest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ScheduledRun> latest(String job, int limit) {
        return ScheduledRun.<ScheduledRun>find("job = ?1 order by runDate desc", job).page(0, limit).list();
    }
}
