package dev.custody.gating;

import dev.custody.scoring.ScheduledRuns;
import dev.custody.platform.RecurringJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The daily review of gate decisions: what POST /api/gate-decisions/review does (re-evaluation of decisions whose
 * vendor crossed a threshold or whose re-evaluation period ended), then the marking of requests with conditions
 * past their deadline. Every instance fires it; the run of the day goes to the one that claims it (ScheduledRuns,
 * the same claim and lease as the daily rescore), the others skip.
 */
@ApplicationScoped
public class GateDailyReview implements RecurringJob {
    static final String JOB = "daily-gate-review";
    private static final Logger LOG = Logger.getLogger(GateDailyReview.class);

    @Inject
    ScheduledRuns runs;
    @Inject
    GateReview review;
    @Inject
    Clock clock;

    @Scheduled(identity = JOB, cron = "${custody.gating.daily-review.cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.Outcome outcome = run("schedule");
        if (!outcome.ran()) {
            LOG.infof("Daily gate review of %s skipped: %s by %s", outcome.run().runDate, outcome.run().status,
                    outcome.run().triggeredBy);
        }
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public LocalDate currentPeriod() {
        return LocalDate.now(clock);
    }

    @Override
    public void runNow(String triggeredBy) {
        run(triggeredBy);
    }

    /** Runs today's review (UTC) unless it succeeded today or another instance is running it. */
    public ScheduledRuns.Outcome run(String triggeredBy) {
        LocalDate today = currentPeriod();
        return runs.runOnce(JOB, today, triggeredBy, key -> {
            long start = System.nanoTime();
            List<Long> reevaluated = review.run();
            List<Long> overdue = review.markOverdue();
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.infof("Daily gate review of %s: %d requests re-evaluated, %d marked for overdue conditions in %d ms",
                    today, reevaluated.size(), overdue.size(), millis);
            return runs.succeeded(key, millis);
        });
    }
}
