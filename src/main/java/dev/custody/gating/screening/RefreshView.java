package dev.custody.gating.screening;

import dev.custody.scoring.ScheduledRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The scheduled refresh: where it reads the list, when, and its latest runs (newest first). */
public record RefreshView(String source, String cron, int periodDays, List<Run> runs) {

    /** One period's refresh: who triggered it, how it ended, and why it failed. */
    public record Run(LocalDate periodStart, ScheduledRun.Status status, String triggeredBy, Instant startedAt,
            Instant finishedAt, int attempts, Long durationMillis, String error) {

        static Run of(ScheduledRun r) {
            return new Run(r.runDate, r.status, r.triggeredBy, r.startedAt, r.finishedAt, r.attempts,
                    r.durationMillis, r.error);
        }
    }

    static RefreshView of(ScreeningRefresh refresh, ScreeningRefreshConfig config, int limit) {
        return new RefreshView(refresh.source().orElse(null), config.cron(), config.periodDays(),
                refresh.latest(limit).stream().map(Run::of).toList());
    }

    /** The latest run when it failed: the list in force is older than the source may be. */
    public Run failure() {
        return runs.isEmpty() || runs.get(0).status() != ScheduledRun.Status.FAILED ? null : runs.get(0);
    }
}
