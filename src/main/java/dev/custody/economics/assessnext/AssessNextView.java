package dev.custody.economics.assessnext;

import dev.custody.scoring.ScoreRange;
import java.util.List;

/**
 * "Assess next" as the API and pages show it: the organizations whose assessment would narrow the most money, for one
 * vendor (vendorId, vendorName) or for the portfolio (both null), largest first.
 *
 * @param currency the currency of moneyOpen (the vendor's engagement, or the portfolio's main currency); null when no
 *     engagement is recorded, and then nothing is priced and the list ranks by probability
 * @param limit the most items asked for
 * @param note what the money covers, in words
 * @param items the candidates, largest first
 */
public record AssessNextView(Long vendorId, String vendorName, String currency, int limit, String note,
        List<Item> items) {

    /**
     * One organization to assess.
     *
     * @param rank 1 for the first
     * @param why why its score is uncertain (never assessed, stale, factors not rated), in words
     * @param own its own score with the range its unknown factors leave (low, expected, high)
     * @param moneyOpen how far the expected annual loss of the vendors above it could move between the two ends of
     *     its range, in currency (null when no vendor above it has an engagement in that currency)
     * @param probabilityOpen how far the annual compromise probability of a vendor above it could move, at most (0..1)
     * @param vendorsAffected how many vendors' probabilities it moves
     * @param topVendor the vendor it moves most
     * @param path from that vendor down to it, vendor first
     * @param reason the whole line in words
     */
    public record Item(int rank, long organizationId, String name, String why, ScoreRange own, Double moneyOpen,
            double probabilityOpen, int vendorsAffected, Step topVendor, List<Step> path, String reason) {
        /** probabilityOpen in percentage points, for a page: "0.42 percentage points". */
        public String probabilityText() {
            return AssessNextService.points(probabilityOpen);
        }
    }

    /** An organization on a path. */
    public record Step(long id, String name) {
    }
}
