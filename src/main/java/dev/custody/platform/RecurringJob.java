package dev.custody.platform;

import java.time.LocalDate;

/**
 * A scheduled job that runs once per period across instances (scheduled_run, keyed by job and period): the daily
 * rescore, the daily gate review, the monthly report. When the instance running this period's run dies, the sweep
 * fails the run and runs it again on a live instance.
 */
public interface RecurringJob {
    /** The job's name in scheduled_run. */
    String name();

    /** The key of the current period (today, or the first day of this month), UTC. */
    LocalDate currentPeriod();

    /** Runs the current period's run unless it succeeded or runs elsewhere; who triggered it, for the record. */
    void runNow(String triggeredBy);
}
