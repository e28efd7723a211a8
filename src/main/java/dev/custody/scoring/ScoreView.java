package dev.custody.scoring;

import java.time.Instant;
import java.util.List;

/**
 * An organization's current score as the API returns it, with its explanation and driving path. Under model version 2
 * the own, inherited and insider scores come with their range from unknown factors (low, expected, high; the expected
 * value is the plain field), the annual compromise probability at both ends of the inherited range, the share of its
 * insider-threat weight that rests on fresh assessments, and the range in words.
 */
public record ScoreView(long organizationId, String organizationName, double geography, double insider,
        double incident, double own, Band ownBand, double inherited, Band band, double pOwn, double pEff,
        int modelVersion, Instant computedAt, ScoreStore.StoredContributions contributions,
        List<DrivingPath.Step> drivingPath, ScoreRange ownRange, ScoreRange inheritedRange, ScoreRange insiderRange,
        double pEffLow, double pEffHigh, double assessedShare, String rangeText) {

    /** The inherited band, under a name templates can use ("band" is an operator in their expressions). */
    public Band riskBand() {
        return band;
    }

    static ScoreView of(CurrentScore s, String name, ScoreStore.StoredContributions contributions,
            List<DrivingPath.Step> drivingPath) {
        ScoreRange inherited = ScoreRange.inherited(s);
        ScoreRange own = ScoreRange.own(s);
        return new ScoreView(s.organizationId, name, s.geography, s.insider, s.incident, s.ownScore, s.ownBand,
                s.inherited, s.band, s.pOwn, s.pEff, s.modelVersion, s.computedAt, contributions, drivingPath, own,
                inherited, ScoreRange.insider(s), s.pEffLow, s.pEffHigh, s.assessedShare, text(inherited, own,
                        s.assessedShare));
    }

    /** "Inherited 48.0, range 41.0–63.0; own 32.0, range 28.0–40.0, 40 % of the insider-threat weight assessed." */
    static String text(ScoreRange inherited, ScoreRange own, double assessedShare) {
        return "Inherited " + inherited.text() + "; own " + own.text(assessedShare) + ".";
    }
}
