package dev.custody.scoring;

/**
 * The numbers of one organization's current score, as the graph holds them: dimensions (insider with its range),
 * the share of the insider weight assessed, the own score with its range, the riskiest hands (base), the inherited
 * score with its range, and the annual compromise probability at each end. Scores are rounded to one decimal.
 */
public record NodeScore(long organizationId, double geography, double insiderLow, double insider,
        double insiderHigh, double incident, double assessedShare, double ownLow, double own, double ownHigh,
        Band ownBand, double pOwn, double base, double inheritedLow, double inherited, double inheritedHigh,
        Band band, double pEffLow, double pEff, double pEffHigh) {
}
