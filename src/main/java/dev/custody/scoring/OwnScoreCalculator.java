package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;

import dev.custody.scoring.Contribution.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The own score of DOMAIN.md section 2: R_own = wG*G + wI*I + wH*H; if any dimension is at or above floorTrigger
 * the score is at least floorScore. floorApplied is true when the floor raised the score; a floor that was
 * triggered but did not raise it is still listed, with 0 points.
 *
 * <p>Version 2 (section 7): the range low..high comes from the insider range (G and H are evidence), and the floor
 * looks at evidence only: G, H and the insider score with every unknown factor at best, never at a prior. The
 * dimensions and scores are rounded to one decimal, the precision shown, before they are combined or passed on.
 */
public final class OwnScoreCalculator {
    private OwnScoreCalculator() {
    }

    /** The own score with its explanation. */
    public static OwnScore score(Facts.Organization o, LocalDate today, ScoringModel m) {
        DimensionScore g = GeographyCalculator.organization(o, m);
        DimensionScore i = InsiderCalculator.score(o.latestAssessment(), today, m);
        DimensionScore h = IncidentCalculator.score(o.incidents(), today, m);
        return combine(g, i, h, m);
    }

    /**
     * The own score without explanation, for scoring many organizations: countryScore gives the G of a country
     * (GeographyCalculator.country, which the caller may cache per country).
     */
    public static OwnScore numbers(Facts.Organization o, LocalDate today, ScoringModel m,
            ToDoubleFunction<Facts.Country> countryScore) {
        DimensionScore g = new DimensionScore(GeographyCalculator.organizationNumber(o, countryScore), List.of());
        DimensionScore i = InsiderCalculator.numbers(o.latestAssessment(), today, m);
        DimensionScore h = new DimensionScore(IncidentCalculator.value(o.incidents(), today, m), List.of());
        return combine(g, i, h, m, false);
    }

    /** The own score from three dimension scores already computed. */
    public static OwnScore combine(DimensionScore g, DimensionScore i, DimensionScore h, ScoringModel m) {
        return combine(g, i, h, m, true);
    }

    private static OwnScore combine(DimensionScore g, DimensionScore i, DimensionScore h, ScoringModel m,
            boolean explain) {
        double gs = Explanations.rounded(g.score());
        double hs = Explanations.rounded(h.score());
        DimensionScore insider = new DimensionScore(Explanations.rounded(i.score()), Explanations.rounded(i.low()),
                Explanations.rounded(i.high()), i.assessedShare(), i.contributions());
        double evidence = m.ranged() ? insider.low() : insider.score();
        String trigger = trigger(gs, evidence, hs, m);
        double floor = trigger == null ? 0.0 : m.floorScore();
        double weighted = weighted(gs, insider.score(), hs, m);
        double score = Explanations.rounded(Explanations.clamp(Math.max(weighted, floor)));
        double low = Explanations.rounded(Explanations.clamp(Math.max(weighted(gs, insider.low(), hs, m), floor)));
        double high = Explanations.rounded(Explanations.clamp(Math.max(weighted(gs, insider.high(), hs, m), floor)));
        boolean floorApplied = trigger != null && weighted < floor;
        List<Contribution> parts = new ArrayList<>();
        if (explain) {
            part(parts, Contribution.Dimension.GEOGRAPHY, "geography", gs, m.weightGeography());
            part(parts, Contribution.Dimension.INSIDER, "insider-threat exposure", insider.score(), m.weightInsider());
            part(parts, Contribution.Dimension.INCIDENT, "incident history", hs, m.weightIncident());
            if (trigger != null) {
                parts.add(new Contribution(Kind.FLOOR, "floor " + number(floor) + ": " + trigger,
                        Math.max(0.0, score - weighted), floorApplied ? "lifts " + number(weighted) + " to "
                                + number(floor) : "the weighted score " + number(weighted) + " is already at or above it"));
            }
        }
        return new OwnScore(new DimensionScore(gs, g.contributions()), insider, new DimensionScore(hs, h.contributions()),
                score, m.band(score), floorApplied, Explanations.largestFirst(parts), low, high, insider.assessedShare());
    }

    private static double weighted(double g, double i, double h, ScoringModel m) {
        return m.weightGeography() * g + m.weightInsider() * i + m.weightIncident() * h;
    }

    private static void part(List<Contribution> parts, Contribution.Dimension dimension, String name, double score,
            double weight) {
        parts.add(new Contribution(Kind.DIMENSION, name, weight * score,
                number(score) + " × weight " + number(weight, 3), Contribution.Ref.code(dimension)));
    }

    /** The dimensions at or above the trigger, in words, or null when none is; insider is its evidence score. */
    private static String trigger(double g, double insiderEvidence, double h, ScoringModel m) {
        List<String> high = new ArrayList<>();
        if (g >= m.floorTrigger()) {
            high.add("geography " + number(g));
        }
        if (insiderEvidence >= m.floorTrigger()) {
            high.add((m.ranged() ? "assessed insider-threat exposure " : "insider-threat exposure ")
                    + number(insiderEvidence));
        }
        if (h >= m.floorTrigger()) {
            high.add("incident history " + number(h));
        }
        return high.isEmpty() ? null
                : String.join(" and ", high) + " at or above " + number(m.floorTrigger());
    }
}
