package dev.custody.scoring.pages;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every parameter of a scoring model as a page shows it, grouped by section (geography, insider factors,
 * incidents, own score, bands, propagation, economics) and named by its JSON path, the name errors use too. Only
 * the parameters the model's formulas use are listed: version 2's own parameters for a formula-2 model, the leg
 * blend of version 1 for a formula-1 model.
 */
public final class ModelParameters {
    /** One parameter: its JSON path, label message key (entries of maps add their own name), value as text. */
    public record Param(String path, String key, String entry, String value, Kind kind) {
    }

    /** How a parameter is entered: a number, a whole number, or one of the criticalities. */
    public enum Kind { NUMBER, WHOLE, CRITICALITY }

    /** A titled group of parameters (the title is the message model.section.KEY). */
    public record Section(String key, List<Param> params) {
    }

    private ModelParameters() {
    }

    /** The sections of a model; indicators lists every indicator that may be weighed (blank where it is not). */
    public static List<Section> of(ScoringModel m, Collection<String> indicators) {
        List<Param> geography = new ArrayList<>(List.of(number("cpiWeight", m.cpiWeight()),
                number("unratedCountryScore", m.unratedCountryScore()), number("proscribedFloor", m.proscribedFloor())));
        TreeSet<String> names = new TreeSet<>(indicators);
        names.addAll(m.indicatorWeights().keySet());
        for (String name : names) {
            Double weight = m.indicatorWeights().get(name);
            geography.add(new Param("indicatorWeights." + name, "model.param.indicatorWeights", name,
                    weight == null ? "" : text(weight), Kind.NUMBER));
        }
        List<Param> insider = new ArrayList<>();
        for (InsiderFactor f : InsiderFactor.values()) {
            insider.add(entry("factorWeights", f, f.label(), m.factorWeights()));
        }
        insider.add(new Param("staleAfterMonths", "model.param.staleAfterMonths", null,
                Integer.toString(m.staleAfterMonths()), Kind.WHOLE));
        if (m.ranged()) {
            insider.add(number("unknownPrior", m.unknownPrior()));
        }
        List<Param> incidents = new ArrayList<>();
        for (IncidentStatus s : IncidentStatus.values()) {
            incidents.add(entry("credibility", s, s.name().toLowerCase(Locale.ROOT), m.credibility()));
        }
        incidents.add(number("halfLifeMonths", m.halfLifeMonths()));
        List<Param> own = List.of(number("weightGeography", m.weightGeography()),
                number("weightInsider", m.weightInsider()), number("weightIncident", m.weightIncident()),
                number("floorTrigger", m.floorTrigger()), number("floorScore", m.floorScore()));
        List<Param> bands = List.of(number("mediumFrom", m.mediumFrom()), number("highFrom", m.highFrom()),
                number("criticalFrom", m.criticalFrom()));
        List<Param> propagation = new ArrayList<>(List.of(number("pMin", m.pMin()), number("pMax", m.pMax())));
        for (Criticality c : Criticality.values()) {
            propagation.add(entry("criticalityFactor", c, c.name().toLowerCase(Locale.ROOT), m.criticalityFactor()));
        }
        propagation.add(new Param("legCriticality", "model.param.legCriticality", null,
                m.legCriticality() == null ? "" : m.legCriticality().name(), Kind.CRITICALITY));
        if (m.ranged()) {
            // Version 2 scores a leg by its handler's handling and the controls in place, not by this blend.
            propagation.addAll(List.of(number("passThrough", m.passThrough()),
                    number("inspectionEffect", m.inspectionEffect()), number("breadthPremium", m.breadthPremium()),
                    number("breadthHalfAt", m.breadthHalfAt()), number("legControlEffect", m.legControlEffect())));
        } else {
            propagation.add(number("legGeographyWeight", m.legGeographyWeight()));
        }
        return List.of(new Section("geography", geography), new Section("insider", insider),
                new Section("incidents", incidents), new Section("own", own), new Section("bands", bands),
                new Section("propagation", propagation), new Section("economics", economics(m)));
    }

    private static List<Param> economics(ScoringModel m) {
        List<Param> economics = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>(m.scenarioShares().keySet());
        unknown.removeAll(ScoringModel.SCENARIOS);
        List<String> keys = new ArrayList<>(ScoringModel.SCENARIOS);
        keys.addAll(unknown);
        for (String key : keys) {
            Double share = m.scenarioShares().get(key);
            economics.add(new Param("scenarioShares." + key, "model.param.scenarioShares", key,
                    share == null ? "" : text(share), Kind.NUMBER));
        }
        economics.add(new Param("amortisationYears", "model.param.amortisationYears", null,
                Integer.toString(m.amortisationYears()), Kind.WHOLE));
        economics.add(number("viabilityThreshold", m.viabilityThreshold()));
        return economics;
    }

    /** Every path of the sections, for the form's "errors not shown beside a field". */
    public static List<String> paths(List<Section> sections) {
        return sections.stream().flatMap(s -> s.params().stream()).map(Param::path).toList();
    }

    private static Param number(String path, double value) {
        return new Param(path, "model.param." + path, null, text(value), Kind.NUMBER);
    }

    private static <E extends Enum<E>> Param entry(String map, E key, String label, Map<E, Double> values) {
        Double value = values == null ? null : values.get(key);
        return new Param(map + "." + key.name(), "model.param." + map, label, value == null ? "" : text(value),
                Kind.NUMBER);
    }

    /** A number without a trailing ".0" and without exponent noise for the usual parameter sizes. */
    static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
