package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;

import dev.custody.network.IncidentStatus;
import dev.custody.scoring.Contribution.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Incident history H of DOMAIN.md section 2: s_j = (S_j/10) * C(status) * 2^(-age_j/halfLife), age in
 * months = days / 30.436875 (a future date counts age 0), and H = 100 * (1 - prod(1 - s_j)).
 *
 * <p>H is not a sum, so each incident's points are H shared out in proportion to -ln(1 - s_j), its share of
 * -ln(prod(1 - s_j)): the points add up to H and a weightier incident always gets more. A refuted incident
 * counts 0 whatever the model's credibility says; a disputed one says "disputed" in its label.
 */
public final class IncidentCalculator {
    /** Average days in a Gregorian month (365.2425 / 12). */
    public static final double DAYS_PER_MONTH = 30.436875;

    private IncidentCalculator() {
    }

    public static DimensionScore score(List<Facts.Incident> incidents, LocalDate today, ScoringModel m) {
        List<Facts.Incident> all = incidents == null ? List.of() : incidents;
        double[] weights = new double[all.size()];
        double survive = 1.0;
        for (int j = 0; j < all.size(); j++) {
            weights[j] = weight(all.get(j), today, m);
            survive *= 1.0 - weights[j];
        }
        double h = Explanations.clamp(100.0 * (1.0 - survive));
        double[] points = shares(weights, h);
        List<Contribution> parts = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            parts.add(contribution(all.get(j), weights[j], points[j], today, m));
        }
        return new DimensionScore(h, Explanations.largestFirst(parts));
    }

    /** H without explanation: 100 * (1 - prod(1 - s_j)). */
    public static double value(List<Facts.Incident> incidents, LocalDate today, ScoringModel m) {
        double survive = 1.0;
        for (Facts.Incident incident : incidents == null ? List.<Facts.Incident>of() : incidents) {
            survive *= 1.0 - weight(incident, today, m);
        }
        return Explanations.clamp(100.0 * (1.0 - survive));
    }

    /** s_j of one incident, 0..1. */
    public static double weight(Facts.Incident incident, LocalDate today, ScoringModel m) {
        if (incident.status() == IncidentStatus.REFUTED) {
            return 0.0;
        }
        double severity = Explanations.clamp(incident.severity(), 0.0, 10.0);
        return severity / 10.0 * credibility(incident.status(), m) * decay(ageMonths(incident, today), m);
    }

    /** Age in months, 0 for an incident dated today, in the future or without a date. */
    public static double ageMonths(Facts.Incident incident, LocalDate today) {
        if (incident.occurredOn() == null) {
            return 0.0;
        }
        long days = ChronoUnit.DAYS.between(incident.occurredOn(), today);
        return Math.max(0L, days) / DAYS_PER_MONTH;
    }

    private static double credibility(IncidentStatus status, ScoringModel m) {
        Double c = status == null ? null : m.credibility().get(status);
        return c == null || c.isNaN() ? 0.0 : Explanations.clamp(c, 0.0, 1.0);
    }

    private static double decay(double ageMonths, ScoringModel m) {
        return m.halfLifeMonths() > 0 ? Math.pow(2.0, -ageMonths / m.halfLifeMonths()) : 1.0;
    }

    /** H split in proportion to -ln(1 - s_j); incidents with s_j = 1 (certain) share H among themselves. */
    private static double[] shares(double[] weights, double h) {
        double[] logs = new double[weights.length];
        boolean certain = false;
        for (double s : weights) {
            certain |= s >= 1.0;
        }
        double total = 0.0;
        for (int j = 0; j < weights.length; j++) {
            logs[j] = certain ? (weights[j] >= 1.0 ? 1.0 : 0.0) : -Math.log1p(-weights[j]);
            total += logs[j];
        }
        double[] points = new double[weights.length];
        for (int j = 0; j < weights.length && total > 0; j++) {
            points[j] = h * logs[j] / total;
        }
        return points;
    }

    private static Contribution contribution(Facts.Incident incident, double s, double points, LocalDate today,
            ScoringModel m) {
        String when = incident.occurredOn() == null ? "" : ", " + Explanations.date(incident.occurredOn());
        if (incident.status() == IncidentStatus.REFUTED) {
            return new Contribution(Kind.INCIDENT, incident.title() + when + " (refuted: counts 0)", 0.0,
                    "refuted incidents carry no weight", ref(incident));
        }
        String status = incident.status() == null ? "status unknown" : Explanations.lower(incident.status());
        String detail = "severity " + number(incident.severity()) + " × credibility "
                + number(credibility(incident.status(), m), 2) + " (" + status + ") × decay "
                + number(decay(ageMonths(incident, today), m), 3) + " (" + number(ageMonths(incident, today))
                + " months old, half-life " + number(m.halfLifeMonths()) + ") = weight " + number(s, 3);
        return new Contribution(Kind.INCIDENT, incident.title() + when + " (" + status + ")", points, detail,
                ref(incident));
    }

    private static Contribution.Ref ref(Facts.Incident incident) {
        return new Contribution.Ref(incident.id(), null, incident.status() == null ? null : incident.status().name());
    }
}
