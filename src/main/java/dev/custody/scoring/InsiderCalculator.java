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
 *
 * <p>Version 1: a factor never assessed, missing from the latest assessment, or assessed more than staleAfterMonths
 * calendar months before today counts 4 (worst) and says so. Version 2 (section 7): an unknown factor counts the
 * prior (default 3) for the expected score and 0..4 for the range; a stale one counts max(rating, prior) for the
 * expected score and rating..4 for the range (stale evidence can only hurt). The low end of the range is what the
 * evidence alone shows (unknown at best), so it is what the floor of the own score looks at. "More than" is exact:
 * assessed 2024-09-30 is fresh on 2026-03-31 and stale from 2026-04-01 (18 months).
 */
public final class InsiderCalculator {
    private InsiderCalculator() {
    }

    /** What one factor counts: low, expected and high rating on the 0..4 scale. */
    public record Counted(double low, double expected, double high) {
    }

    /** What a factor counts: rating null = unknown; stale = the rating is older than the model allows. */
    public static Counted counted(Integer rating, boolean stale, ScoringModel m) {
        if (!m.ranged()) {
            double v = rating == null || stale ? InsiderFactor.WORST : bounded(rating);
            return new Counted(v, v, v);
        }
        double prior = Explanations.clamp(m.unknownPrior(), InsiderFactor.BEST, InsiderFactor.WORST);
        if (rating == null) {
            return new Counted(InsiderFactor.BEST, prior, InsiderFactor.WORST);
        }
        double v = bounded(rating);
        return stale ? new Counted(v, Math.max(v, prior), InsiderFactor.WORST) : new Counted(v, v, v);
    }

    /** I with its range and the share of its weight on fresh ratings, without an explanation (the bulk path). */
    public static DimensionScore numbers(Facts.Assessment latest, LocalDate today, ScoringModel m) {
        return compute(latest, today, m, null);
    }

    /** I with its explanation: each factor's weighted share of the expected score. */
    public static DimensionScore score(Facts.Assessment latest, LocalDate today, ScoringModel m) {
        return compute(latest, today, m, new ArrayList<>());
    }

    /** The rating of one factor as the latest assessment gives it (null: unknown), and whether it is stale. */
    public static Counted factor(Facts.Assessment latest, InsiderFactor factor, LocalDate today, ScoringModel m) {
        boolean stale = latest != null && isStale(latest, today, m);
        return counted(rating(latest, factor), stale, m);
    }

    /** Whether an assessment is older than the model allows: before today minus staleAfterMonths months. */
    public static boolean isStale(Facts.Assessment assessment, LocalDate today, ScoringModel m) {
        LocalDate on = assessment.assessedOn();
        return on == null || AssessmentAge.isStale(on, today, m.staleAfterMonths());
    }

    private static DimensionScore compute(Facts.Assessment latest, LocalDate today, ScoringModel m,
            List<Contribution> parts) {
        double total = 0.0;
        for (InsiderFactor factor : InsiderFactor.values()) {
            total += weight(factor, m);
        }
        if (total <= 0) {
            return new DimensionScore(100.0, 100.0, 100.0, 0.0, List.of(new Contribution(Kind.DIMENSION,
                    "no insider-threat factor carries weight", 100.0, "unknown counts as worst")));
        }
        boolean stale = latest != null && isStale(latest, today, m);
        double low = 0.0;
        double expected = 0.0;
        double high = 0.0;
        double assessed = 0.0;
        for (InsiderFactor factor : InsiderFactor.values()) {
            double weight = weight(factor, m);
            if (weight <= 0) {
                continue;
            }
            Integer rating = rating(latest, factor);
            Counted c = counted(rating, stale, m);
            double share = weight / total * 100.0 / InsiderFactor.WORST;
            low += share * c.low();
            expected += share * c.expected();
            high += share * c.high();
            assessed += rating != null && !stale ? weight / total : 0.0;
            if (parts != null) {
                parts.add(contribution(factor, rating, c, share * c.expected(), latest, stale, weight, total, m));
            }
        }
        return new DimensionScore(Explanations.clamp(expected), Explanations.clamp(low), Explanations.clamp(high),
                Explanations.clamp(assessed, 0.0, 1.0), parts == null ? List.of() : Explanations.largestFirst(parts));
    }

    private static Integer rating(Facts.Assessment latest, InsiderFactor factor) {
        return latest == null || latest.ratings() == null ? null : latest.ratings().get(factor);
    }

    private static double bounded(int rating) {
        return Math.max(InsiderFactor.BEST, Math.min(InsiderFactor.WORST, rating));
    }

    private static double weight(InsiderFactor factor, ScoringModel m) {
        Double weight = m.factorWeights().get(factor);
        return weight == null || weight.isNaN() ? 0.0 : Math.max(0.0, weight);
    }

    private static Contribution contribution(InsiderFactor factor, Integer rating, Counted counted, double points,
            Facts.Assessment latest, boolean stale, double weight, double total, ScoringModel m) {
        String share = ", weight " + number(weight, 3) + " of " + number(total, 3);
        String counts = counts(counted, m);
        Contribution.Ref ref = new Contribution.Ref(latest == null ? null : latest.id(), null, factor.name());
        if (latest == null) {
            return new Contribution(Kind.FACTOR, factor.label() + ": unknown", points,
                    "never assessed: " + counts + share, ref);
        }
        if (stale) {
            String on = latest.assessedOn() == null ? "on an unknown date" : Explanations.date(latest.assessedOn());
            String was = rating == null ? "" : ", rated " + rating + " then";
            return new Contribution(Kind.FACTOR, factor.label() + ": stale (assessed " + on + was + ")", points,
                    "older than " + m.staleAfterMonths() + " months: " + counts + share, ref);
        }
        if (rating == null) {
            return new Contribution(Kind.FACTOR, factor.label() + ": unknown", points,
                    "not rated in the assessment of " + Explanations.date(latest.assessedOn()) + ": " + counts + share,
                    ref);
        }
        return new Contribution(Kind.FACTOR, factor.label() + ": rated " + rating + " of " + InsiderFactor.WORST,
                points, "assessed " + Explanations.date(latest.assessedOn()) + share, ref);
    }

    private static String counts(Counted c, ScoringModel m) {
        if (!m.ranged()) {
            return "counts as " + InsiderFactor.WORST + " of " + InsiderFactor.WORST + " (worst)";
        }
        return "counts as " + number(c.expected()) + " of " + InsiderFactor.WORST + " for the expected score, "
                + number(c.low()) + " to " + number(c.high()) + " for the range";
    }
}
