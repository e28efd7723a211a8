package dev.custody.gating.screening;

import dev.custody.scoring.ScheduledRun;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The refresh's runs in words, as the page and the API's refusals say them. */
final class RefreshMessages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RefreshMessages() {
    }

    /** Why a refresh did not run now: this period's run succeeded already or is running. */
    static String skipped(ScheduledRun run) {
        String when = run.startedAt == null ? "" : ", started on " + MOMENT.format(run.startedAt);
        return run.status == ScheduledRun.Status.SUCCEEDED
                ? "The screening list was already refreshed in the period from " + DAY.format(run.runDate)
                        + " (by " + run.triggeredBy + when + "); upload a file to replace it now."
                : "The refresh of the period from " + DAY.format(run.runDate) + " is running (by "
                        + run.triggeredBy + when + ").";
    }

    /** What a run that just ran did, for the page's banner. */
    static String ran(ScheduledRun run) {
        return run.status == ScheduledRun.Status.SUCCEEDED ? "The screening list was refreshed from its source."
                : run.error;
    }

    /** A run as the page lists it, every value in words. */
    record Row(String period, String status, String startedAt, String finishedAt, String triggeredBy, String error) {
    }

    static java.util.List<Row> rows(RefreshView view) {
        return view.runs().stream().map(r -> new Row(DAY.format(r.periodStart()), switch (r.status()) {
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case RUNNING -> "running";
        }, moment(r.startedAt()), moment(r.finishedAt()), r.triggeredBy(), r.error())).toList();
    }

    /** The banner of a failed latest run: when it failed and why; the list in force stays. */
    static String failure(RefreshView view) {
        RefreshView.Run failed = view.failure();
        if (failed == null) {
            return null;
        }
        String why = failed.error() == null ? "the reason was not recorded." : failed.error();
        return "The last refresh, on " + moment(failed.finishedAt()) + ", failed: " + why + (why.endsWith(".") ? "" : ".")
                + (why.contains("list in force stays") ? "" : " The list in force stays.");
    }

    static String moment(java.time.Instant instant) {
        return instant == null ? "—" : MOMENT.format(instant);
    }
}
