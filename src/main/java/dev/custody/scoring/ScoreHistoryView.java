package dev.custody.scoring;

import java.time.Instant;

/** One point of an organization's score trend. */
public record ScoreHistoryView(Instant computedAt, int modelVersion, double geography, double insider,
        double incident, double own, double inherited, Band band) {

    public static ScoreHistoryView of(ScoreHistoryEntry e) {
        return new ScoreHistoryView(e.computedAt, e.modelVersion, e.geography, e.insider, e.incident, e.ownScore,
                e.inherited, e.band);
    }
}
