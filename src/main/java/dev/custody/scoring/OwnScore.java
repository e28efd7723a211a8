package dev.custody.scoring;

import java.util.List;

/** An organization's own score: its three dimensions, the weighted sum with the floor, band and explanation. */
public record OwnScore(DimensionScore geography, DimensionScore insider, DimensionScore incident, double score,
        Band band, boolean floorApplied, List<Contribution> contributions) {
    public OwnScore {
        contributions = List.copyOf(contributions);
    }
}
