package dev.custody.reports;

import dev.custody.scoring.ScheduledRun;
import dev.custody.scoring.ScheduledRuns;
import dev.custody.platform.RecurringJob;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The monthly executive report. Every instance fires it; the month's run (keyed by the first day of the month in
 * scheduled_run) goes to the one that claims it, so it runs once however many instances share the database.
 */
@ApplicationScoped
public class MonthlyReport implements RecurringJob {
    static final String JOB = "monthly-executive-report";
    static final String SCHEDULE = "schedule";
    private static final Logger LOG = Logger.getLogger(MonthlyReport.class);

    /** Whether this call ran the month's report, the run, and the snapshot it produced (null when it did not run). */
    public record Outcome(boolean ran, ScheduledRun run, Long snapshotId) {
    }

    @Inject
    ScheduledRuns runs;
    @Inject
    ReportService reports;
    @Inject
    ReportsConfig config;
    @Inject
    Clock clock;

    @Scheduled(identity = JOB, cron = "${custody.reports.monthly.cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Outcome outcome = run(SCHEDULE);
        if (!outcome.ran()) {
            LOG.infof("Monthly report of %s skipped: %s by %s", outcome.run().runDate, outcome.run().status,
                    outcome.run().triggeredBy);
        }
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public LocalDate currentPeriod() {
        return LocalDate.now(clock).withDayOfMonth(1);
    }

    @Override
    public void runNow(String triggeredBy) {
        run(triggeredBy);
    }

    /** Generates this month's executive report (UTC) unless it was generated or is being generated elsewhere. */
    public Outcome run(String triggeredBy) {
        LocalDate month = currentPeriod();
        Long[] snapshot = new Long[1];
        ScheduledRuns.Outcome outcome = runs.runOnce(JOB, month, triggeredBy, key -> {
            long started = System.nanoTime();
            ReportSnapshot s = reports.generate(new ReportRequest(ReportKind.EXECUTIVE, null,
                    config.monthly().format()), triggeredBy, SCHEDULE);
            if (s.status != ReportSnapshot.Status.DONE) {
                throw new IllegalStateException("Report " + s.id + " failed: " + s.error);
            }
            snapshot[0] = s.id;
            LOG.infof("Monthly executive report of %s: snapshot %d", month, s.id);
            return runs.succeeded(key, (System.nanoTime() - started) / 1_000_000);
        });
        return new Outcome(outcome.ran(), outcome.run(), snapshot[0]);
    }
}
