package dev.custody.scoring;

import java.util.List;

/**
 * An organization's own score: its three dimensions, the weighted sum with the floor, band and explanation; under
 * model version 2 also its range from unknown insider factors (low..high, the expected score in between) and the
 * share of the insider weight assessed. Scores are rounded to the precision shown, once, here.
 */
public record OwnScore(DimensionScore geography, DimensionScore insider, DimensionScore incident, double score,
        Band band, boolean floorApplied, List<Contribution> contributions, double low, double high,
        double assessedShare) {
    public OwnScore {
        contributions = List.copyOf(contributions);
    }
}
