package dev.custody.scoring;

import java.util.List;

/** A score on the 0..100 scale with its explanation, contributions largest first. */
public record DimensionScore(double score, List<Contribution> contributions) {
    public DimensionScore {
        contributions = List.copyOf(contributions);
    }
}
