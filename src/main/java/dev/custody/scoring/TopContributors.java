package dev.custody.scoring;

import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.scoring.Contribution.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What adds most to an inherited score, in words: the own score split into its sites, factors and incidents
 * (each weighted as the own score weighs its dimension), the floor, and every supplier link and custody leg.
 * All on the scale of the inherited score, so the list reads as "this adds so many points".
 */
public final class TopContributors {
    /** One contributor: a sentence, the points it adds, the organization it names (if any), disputed or not. */
    public record Contributor(Kind kind, String text, double points, Long organizationId, boolean disputed) {
    }

    private TopContributors() {
    }

    /** The contributors adding more than nothing, largest first, at most limit. */
    public static List<Contributor> of(ScoreView view, int limit) {
        ScoreStore.StoredContributions c = view.contributions();
        Map<Contribution.Dimension, Double> weight = weights(c.own(), view);
        List<Contributor> all = new ArrayList<>();
        add(all, c.geography(), weight.get(Contribution.Dimension.GEOGRAPHY));
        add(all, c.insider(), weight.get(Contribution.Dimension.INSIDER));
        add(all, c.incident(), weight.get(Contribution.Dimension.INCIDENT));
        c.own().stream().filter(x -> x.kind() == Kind.FLOOR).forEach(x -> all.add(contributor(x, x.points())));
        c.inherited().stream().filter(x -> x.kind() == Kind.SUPPLIER || x.kind() == Kind.CUSTODY_LEG)
                .forEach(x -> all.add(contributor(x, x.points())));
        return all.stream().filter(x -> x.points() > 0)
                .sorted(Comparator.comparingDouble(Contributor::points).reversed()).limit(limit).toList();
    }

    /** A dimension's weight in the own score: its points there over its score (0 when it scores 0). */
    private static Map<Contribution.Dimension, Double> weights(List<Contribution> own, ScoreView view) {
        Map<Contribution.Dimension, Double> scores = Map.of(Contribution.Dimension.GEOGRAPHY, view.geography(),
                Contribution.Dimension.INSIDER, view.insider(), Contribution.Dimension.INCIDENT, view.incident());
        Map<Contribution.Dimension, Double> weights = new EnumMap<>(Contribution.Dimension.class);
        scores.keySet().forEach(d -> weights.put(d, 0.0));
        for (Contribution part : own) {
            if (part.kind() == Kind.DIMENSION && part.code() != null) {
                Contribution.Dimension d = Contribution.Dimension.valueOf(part.code());
                double score = scores.getOrDefault(d, 0.0);
                weights.put(d, score > 0 ? part.points() / score : 0.0);
            }
        }
        return weights;
    }

    private static void add(List<Contributor> all, List<Contribution> parts, double weight) {
        parts.forEach(part -> all.add(contributor(part, part.points() * weight)));
    }

    private static Contributor contributor(Contribution c, double points) {
        boolean disputed = c.kind() == Kind.INCIDENT && IncidentStatus.DISPUTED.name().equals(c.code());
        return new Contributor(c.kind(), text(c), points, c.organizationId(), disputed);
    }

    /** The stored label as a sentence, named by what it is: "Factor 'Firmware integrity': unknown". */
    static String text(Contribution c) {
        String label = c.label() == null ? "" : c.label();
        return switch (c.kind()) {
            case FACTOR -> factor(c.code(), label);
            case INCIDENT -> "Incident " + label;
            default -> label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
        };
    }

    private static String factor(String code, String label) {
        for (InsiderFactor f : InsiderFactor.values()) {
            if (f.name().equals(code) && label.startsWith(f.label())) {
                return "Factor '" + f.label() + "'" + label.substring(f.label().length());
            }
        }
        return "Factor " + label;
    }
}
