package dev.custody.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A score with its range from unknown insider factors (DOMAIN.md section 7): low with every unknown factor at best,
 * expected with the prior, high at worst. Under model version 1, and once every factor is assessed, low = expected =
 * high.
 */
public record ScoreRange(double low, double expected, double high) {
    /** Of a stored score: own or inherited. */
    public static ScoreRange own(CurrentScore s) {
        return new ScoreRange(s.ownLow, s.ownScore, s.ownHigh);
    }

    public static ScoreRange inherited(CurrentScore s) {
        return new ScoreRange(s.inheritedLow, s.inherited, s.inheritedHigh);
    }

    public static ScoreRange insider(CurrentScore s) {
        return new ScoreRange(s.insiderLow, s.insider, s.insiderHigh);
    }

    /** High minus low, in points. */
    public double width() {
        return high - low;
    }

    /** Whether unknown factors leave the score open at all. */
    public boolean open() {
        return high > low;
    }

    /** "41.0–63.0": the ends as scores are shown, one decimal. */
    public String span() {
        return score(low) + "–" + score(high);
    }

    /** In words: "48.0, range 41.0–63.0", or "48.0 (nothing left unknown)" when the range is closed. */
    public String text() {
        return open() ? score(expected) + ", range " + span() : score(expected) + " (nothing left unknown)";
    }

    /** In words with the share of the insider-threat weight assessed: "48.0, range 41.0–63.0, 40 % of ...". */
    public String text(double assessedShare) {
        return text() + ", " + percent(assessedShare) + " of the insider-threat weight assessed";
    }

    /** A score as the pages show it, one decimal. */
    public static String score(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share 0..1 as a whole percentage, rounded down so that "100 %" means all of it: 0.4 -> "40 %". */
    public static String percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).setScale(0, RoundingMode.FLOOR).toPlainString() + " %";
    }
}
