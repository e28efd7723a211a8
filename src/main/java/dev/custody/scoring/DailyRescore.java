package dev.custody.scoring;

import dev.custody.platform.RecurringJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The daily full rescore with the active model: incident weights decay with age and assessments go stale, so
 * scores move with time alone. Every instance fires it; the run of the day goes to the one that claims it
 * (ScheduledRuns), the others skip. A failed run is retried by the next attempt that day, or the next day.
 */
@ApplicationScoped
public class DailyRescore implements RecurringJob {
    static final String JOB = "daily-rescore";
    static final String SCHEDULE = "schedule";
    private static final Logger LOG = Logger.getLogger(DailyRescore.class);

    /** A run, and whether this call ran it (false: it had run or was running elsewhere). */
    public record Outcome(boolean ran, ScheduledRun run) {
    }

    @Inject
    ScheduledRuns runs;
    @Inject
    ScoreService scores;
    @Inject
    Clock clock;

    @Scheduled(identity = JOB, cron = "${custody.scoring.daily-rescore.cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Outcome outcome = run(SCHEDULE);
        if (!outcome.ran()) {
            LOG.infof("Daily rescore of %s skipped: %s by %s", outcome.run().runDate, outcome.run().status,
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

    /** Runs today's rescore (UTC) unless it succeeded today or another instance is running it. */
    public Outcome run(String triggeredBy) {
        LocalDate today = currentPeriod();
        ScheduledRuns.Outcome outcome = runs.runOnce(JOB, today, triggeredBy, key -> {
            ScoreService.RescoreResult result = scores.rescoreAll();
            LOG.infof("Daily rescore of %s: %d organizations with model %d in %d ms, %d changed, %d history rows",
                    today, result.organizations(), result.modelVersion(), result.durationMillis(), result.changed(),
                    result.historyRows());
            return runs.succeeded(key, result);
        });
        return new Outcome(outcome.ran(), outcome.run());
    }

    /** The latest runs, newest first. */
    public List<ScheduledRun> latest(int limit) {
        return runs.latest(JOB, limit);
    }
}
