package dev.custody.scoring;

import java.time.Instant;
import java.time.LocalDate;

/** One day's daily rescore: who triggered it, how it ended and what it changed. */
public record RescoreRunView(LocalDate runDate, ScheduledRun.Status status, String triggeredBy, Instant startedAt,
        Instant finishedAt, int attempts, Integer modelVersion, Integer organizations, Integer changed,
        Integer historyRows, Long durationMillis, String error) {

    static RescoreRunView of(ScheduledRun r) {
        return new RescoreRunView(r.runDate, r.status, r.triggeredBy, r.startedAt, r.finishedAt, r.attempts,
                r.modelVersion, r.organizations, r.changed, r.historyRows, r.durationMillis, r.error);
    }
}
