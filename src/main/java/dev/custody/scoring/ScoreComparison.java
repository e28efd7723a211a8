package dev.custody.scoring;

/** Decides whether a stored score must be rewritten (anything differs) and whether it moved (history). */
final class ScoreComparison {
    /** What a rescore compares of a stored score: numbers, bands, model version, the explanation's fingerprint. */
    record Stored(int modelVersion, double geography, double insider, double incident, double ownScore, Band ownBand,
            double pOwn, double pEff, double inherited, Band band, long fingerprint) {
    }

    private ScoreComparison() {
    }

    /** Any difference at all, so that the stored numbers are exactly those a full rescore computes. */
    static boolean differs(Stored row, ScoredOrganization s, int modelVersion, long fingerprint) {
        OwnScore own = s.own();
        InheritedScore inherited = s.inherited();
        return row.modelVersion() != modelVersion || row.fingerprint() != fingerprint
                || different(row.geography(), own.geography().score())
                || different(row.insider(), own.insider().score())
                || different(row.incident(), own.incident().score()) || different(row.ownScore(), own.score())
                || different(row.pOwn(), inherited.pOwn()) || different(row.pEff(), inherited.pEff())
                || different(row.inherited(), inherited.score())
                || row.ownBand() != own.band() || row.band() != inherited.band();
    }

    /** A move worth a history row: another model, another band, or a score changed by 0.01 or more. */
    static boolean moved(Stored row, ScoredOrganization s, int modelVersion) {
        OwnScore own = s.own();
        return row.modelVersion() != modelVersion || row.band() != s.inherited().band()
                || cents(row.geography()) != cents(own.geography().score())
                || cents(row.insider()) != cents(own.insider().score())
                || cents(row.incident()) != cents(own.incident().score())
                || cents(row.ownScore()) != cents(own.score())
                || cents(row.inherited()) != cents(s.inherited().score());
    }

    private static boolean different(double a, double b) {
        return Double.compare(a, b) != 0;
    }

    private static long cents(double score) {
        return Math.round(score * 100);
    }
}
