package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;

import dev.custody.scoring.Contribution.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The own score of DOMAIN.md section 2: R_own = wG*G + wI*I + wH*H; if any dimension is at or above
 * floorTrigger the score is at least floorScore. floorApplied is true when the floor raised the score; a
 * floor that was triggered but did not raise it is still listed, with 0 points.
 */
public final class OwnScoreCalculator {
    private OwnScoreCalculator() {
    }

    public static OwnScore score(Facts.Organization o, LocalDate today, ScoringModel m) {
        DimensionScore g = GeographyCalculator.organization(o, m);
        DimensionScore i = InsiderCalculator.score(o.latestAssessment(), today, m);
        DimensionScore h = IncidentCalculator.score(o.incidents(), today, m);
        return combine(g, i, h, m);
    }

    /** The own score from three dimension scores already computed. */
    public static OwnScore combine(DimensionScore g, DimensionScore i, DimensionScore h, ScoringModel m) {
        List<Contribution> parts = new ArrayList<>();
        double weighted = part(parts, Contribution.Dimension.GEOGRAPHY, "geography", g, m.weightGeography())
                + part(parts, Contribution.Dimension.INSIDER, "insider-threat exposure", i, m.weightInsider())
                + part(parts, Contribution.Dimension.INCIDENT, "incident history", h, m.weightIncident());
        double score = weighted;
        boolean floorApplied = false;
        String trigger = trigger(g, i, h, m);
        if (trigger != null) {
            double floor = m.floorScore();
            floorApplied = weighted < floor;
            score = Math.max(weighted, floor);
            parts.add(new Contribution(Kind.FLOOR, "floor " + number(floor) + ": " + trigger, score - weighted,
                    floorApplied ? "lifts " + number(weighted) + " to " + number(floor)
                            : "the weighted score " + number(weighted) + " is already at or above it"));
        }
        score = Explanations.clamp(score);
        return new OwnScore(g, i, h, score, m.band(score), floorApplied, Explanations.largestFirst(parts));
    }

    private static double part(List<Contribution> parts, Contribution.Dimension dimension, String name,
            DimensionScore d, double weight) {
        double points = weight * d.score();
        parts.add(new Contribution(Kind.DIMENSION, name, points,
                number(d.score()) + " × weight " + number(weight, 3), Contribution.Ref.code(dimension)));
        return points;
    }

    /** The dimensions at or above the trigger, in words, or null when none is. */
    private static String trigger(DimensionScore g, DimensionScore i, DimensionScore h, ScoringModel m) {
        List<String> high = new ArrayList<>();
        if (g.score() >= m.floorTrigger()) {
            high.add("geography " + number(g.score()));
        }
        if (i.score() >= m.floorTrigger()) {
            high.add("insider-threat exposure " + number(i.score()));
        }
        if (h.score() >= m.floorTrigger()) {
            high.add("incident history " + number(h.score()));
        }
        return high.isEmpty() ? null
                : String.join(" and ", high) + " at or above " + number(m.floorTrigger());
    }
}
