package dev.custody.scoring;

import java.util.List;

/**
 * A score on the 0..100 scale with its explanation, contributions largest first. Under model version 2 the insider
 * dimension also carries its range from unknown factors (low: every unknown at best, high: at worst) and the share
 * of its weight that rests on fresh assessments; every other dimension is evidence only (low = score = high).
 */
public record DimensionScore(double score, double low, double high, double assessedShare,
        List<Contribution> contributions) {
    public DimensionScore {
        contributions = List.copyOf(contributions);
    }

    /** A score that rests on evidence only. */
    public DimensionScore(double score, List<Contribution> contributions) {
        this(score, score, score, 1.0, contributions);
    }
}
