package dev.custody.scoring;

import java.time.Instant;
import java.util.List;

/** An organization's current score as the API returns it, with its explanation and driving path. */
public record ScoreView(long organizationId, String organizationName, double geography, double insider,
        double incident, double own, Band ownBand, double inherited, Band band, double pOwn, double pEff,
        int modelVersion, Instant computedAt, ScoreStore.StoredContributions contributions,
        List<DrivingPath.Step> drivingPath) {

    /** The inherited band, under a name templates can use ("band" is an operator in their expressions). */
    public Band riskBand() {
        return band;
    }

    static ScoreView of(CurrentScore s, String name, ScoreStore.StoredContributions contributions,
            List<DrivingPath.Step> drivingPath) {
        return new ScoreView(s.organizationId, name, s.geography, s.insider, s.incident, s.ownScore, s.ownBand,
                s.inherited, s.band, s.pOwn, s.pEff, s.modelVersion, s.computedAt, contributions, drivingPath);
    }
}
