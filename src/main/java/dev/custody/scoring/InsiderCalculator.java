package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;

import dev.custody.network.AssessmentAge;
import dev.custody.network.InsiderFactor;
import dev.custody.scoring.Contribution.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Insider-threat exposure I of DOMAIN.md section 2: the weighted mean over all factors of rating/4*100.
 * A factor never assessed, missing from the latest assessment, or assessed more than staleAfterMonths
 * calendar months before today counts 4 (worst) and says so; each factor contributes its weighted share.
 * "More than" is exact: assessed 2024-09-30 is fresh on 2026-03-31 and stale from 2026-04-01 (18 months).
 */
public final class InsiderCalculator {
    private InsiderCalculator() {
    }

    public static DimensionScore score(Facts.Assessment latest, LocalDate today, ScoringModel m) {
        double total = 0.0;
        for (InsiderFactor factor : InsiderFactor.values()) {
            total += weight(factor, m);
        }
        if (total <= 0) {
            return new DimensionScore(100.0, List.of(new Contribution(Kind.DIMENSION,
                    "no insider-threat factor carries weight", 100.0, "unknown counts as worst")));
        }
        boolean stale = latest != null && isStale(latest, today, m);
        List<Contribution> parts = new ArrayList<>();
        double score = 0.0;
        for (InsiderFactor factor : InsiderFactor.values()) {
            double weight = weight(factor, m);
            if (weight <= 0) {
                continue;
            }
            Integer rating = latest == null || stale || latest.ratings() == null ? null : latest.ratings().get(factor);
            int counted = rating == null ? InsiderFactor.WORST
                    : Math.max(InsiderFactor.BEST, Math.min(InsiderFactor.WORST, rating));
            double points = weight * (counted / (double) InsiderFactor.WORST * 100.0) / total;
            score += points;
            parts.add(contribution(factor, rating, counted, points, latest, stale, weight, total, m));
        }
        return new DimensionScore(Explanations.clamp(score), Explanations.largestFirst(parts));
    }

    /** Whether an assessment is older than the model allows: before today minus staleAfterMonths months. */
    public static boolean isStale(Facts.Assessment assessment, LocalDate today, ScoringModel m) {
        LocalDate on = assessment.assessedOn();
        return on == null || AssessmentAge.isStale(on, today, m.staleAfterMonths());
    }

    private static double weight(InsiderFactor factor, ScoringModel m) {
        Double weight = m.factorWeights().get(factor);
        return weight == null || weight.isNaN() ? 0.0 : Math.max(0.0, weight);
    }

    private static Contribution contribution(InsiderFactor factor, Integer rating, int counted, double points,
            Facts.Assessment latest, boolean stale, double weight, double total, ScoringModel m) {
        String share = ", weight " + number(weight, 3) + " of " + number(total, 3);
        String worst = "counts as " + InsiderFactor.WORST + " of " + InsiderFactor.WORST + " (worst)";
        Contribution.Ref ref = new Contribution.Ref(latest == null ? null : latest.id(), null, factor.name());
        if (latest == null) {
            return new Contribution(Kind.FACTOR, factor.label() + ": unknown", points,
                    "never assessed: " + worst + share, ref);
        }
        if (stale) {
            String on = latest.assessedOn() == null ? "on an unknown date" : latest.assessedOn().toString();
            return new Contribution(Kind.FACTOR, factor.label() + ": stale (assessed " + on + ")", points,
                    "older than " + m.staleAfterMonths() + " months: " + worst + share, ref);
        }
        if (rating == null) {
            return new Contribution(Kind.FACTOR, factor.label() + ": unknown", points,
                    "not rated in the assessment of " + latest.assessedOn() + ": " + worst + share, ref);
        }
        return new Contribution(Kind.FACTOR, factor.label() + ": rated " + counted + " of " + InsiderFactor.WORST,
                points, "assessed " + latest.assessedOn() + share, ref);
    }
}
