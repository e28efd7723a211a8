package dev.custody.scoring;

/**
 * An organization's current score as lists show it: own and inherited score with their range from unknown factors
 * (low, expected, high), their bands, the share of its insider-threat weight resting on fresh assessments, the model
 * version, and the range in words.
 */
public record ScoreSummary(ScoreRange own, Band ownBand, ScoreRange inherited, Band band, double assessedShare,
        int modelVersion, String rangeText) {
    /** Of a stored score; null while the organization has none. */
    public static ScoreSummary of(CurrentScore s) {
        if (s == null) {
            return null;
        }
        ScoreRange own = ScoreRange.own(s);
        ScoreRange inherited = ScoreRange.inherited(s);
        return new ScoreSummary(own, s.ownBand, inherited, s.band, s.assessedShare, s.modelVersion,
                ScoreView.text(inherited, own, s.assessedShare));
    }
}
