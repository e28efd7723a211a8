package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.web.FieldError;
import dev.custody.web.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a scoring model's parameters must keep before a draft is saved; each broken rule names its field as
 * a JSON path into the parameters (weightInsider, credibility.DISPUTED, indicatorWeights.Press freedom).
 */
public final class ModelValidator {
    static final double SUM_TOLERANCE = 1e-9;
    /** Shares are typed as three or four decimals; the economics core accepts the same tolerance. */
    static final double SHARE_SUM_TOLERANCE = 1e-6;

    private ModelValidator() {
    }

    /** Every broken rule; empty when the model may be saved. indicators are the names that exist. */
    public static List<FieldError> check(ScoringModel m, Set<String> indicators) {
        FieldErrors errors = new FieldErrors();
        geography(m, indicators, errors);
        insider(m, errors);
        incidents(m, errors);
        ownScore(m, errors);
        bands(m, errors);
        propagation(m, errors);
        version2(m, errors);
        economics(m, errors);
        return errors.list();
    }

    private static void geography(ScoringModel m, Set<String> indicators, FieldErrors errors) {
        atLeastZero(m.cpiWeight(), "cpiWeight", errors);
        score(m.unratedCountryScore(), "unratedCountryScore", errors);
        score(m.proscribedFloor(), "proscribedFloor", errors);
        if (m.indicatorWeights() == null) {
            errors.add("indicatorWeights", "must be given (an empty object when no indicator is used)");
            return;
        }
        m.indicatorWeights().forEach((name, weight) -> {
            String field = "indicatorWeights." + name;
            if (!indicators.contains(name)) {
                errors.add(field, "no country indicator of this name has been imported");
            } else {
                atLeastZero(weight, field, errors);
            }
        });
    }

    private static void insider(ScoringModel m, FieldErrors errors) {
        if (complete(m.factorWeights(), InsiderFactor.values(), "factorWeights", errors)) {
            double total = 0;
            for (InsiderFactor f : InsiderFactor.values()) {
                Double w = m.factorWeights().get(f);
                if (w != null) {
                    atLeastZero(w, "factorWeights." + f, errors);
                }
                total += w != null && w > 0 ? w : 0;
            }
            errors.check(total > 0, "factorWeights", "at least one factor needs a weight above 0");
        }
        errors.check(m.staleAfterMonths() >= 1, "staleAfterMonths", "must be at least 1 month");
    }

    private static void incidents(ScoringModel m, FieldErrors errors) {
        if (complete(m.credibility(), IncidentStatus.values(), "credibility", errors)) {
            for (IncidentStatus s : IncidentStatus.values()) {
                between(m.credibility().get(s), 0, 1, "credibility." + s, errors);
            }
        }
        errors.check(m.halfLifeMonths() > 0 && Double.isFinite(m.halfLifeMonths()), "halfLifeMonths",
                "must be above 0 months");
    }

    private static void ownScore(ScoringModel m, FieldErrors errors) {
        String[] fields = {"weightGeography", "weightInsider", "weightIncident"};
        double[] weights = {m.weightGeography(), m.weightInsider(), m.weightIncident()};
        boolean valid = true;
        for (int i = 0; i < fields.length; i++) {
            valid &= atLeastZero(weights[i], fields[i], errors);
        }
        double sum = weights[0] + weights[1] + weights[2];
        if (valid && Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            for (String field : fields) {
                errors.add(field, "the weights of G, I and H must sum to 1 (they sum to " + sum + ")");
            }
        }
        score(m.floorTrigger(), "floorTrigger", errors);
        score(m.floorScore(), "floorScore", errors);
    }

    private static void bands(ScoringModel m, FieldErrors errors) {
        score(m.mediumFrom(), "mediumFrom", errors);
        score(m.highFrom(), "highFrom", errors);
        score(m.criticalFrom(), "criticalFrom", errors);
        errors.check(!(m.highFrom() <= m.mediumFrom()), "highFrom", "must be above the start of the medium band");
        errors.check(!(m.criticalFrom() <= m.highFrom()), "criticalFrom", "must be above the start of the high band");
    }

    private static void propagation(ScoringModel m, FieldErrors errors) {
        errors.check(m.pMin() > 0 && m.pMin() < 1, "pMin", "must be a probability above 0 and below 1");
        errors.check(m.pMax() > 0 && m.pMax() < 1, "pMax", "must be a probability above 0 and below 1");
        errors.check(!(m.pMax() <= m.pMin()), "pMax", "must be above pMin");
        if (complete(m.criticalityFactor(), Criticality.values(), "criticalityFactor", errors)) {
            for (Criticality c : Criticality.values()) {
                between(m.criticalityFactor().get(c), 0, 1, "criticalityFactor." + c, errors);
            }
        }
        errors.check(m.legCriticality() != null, "legCriticality", "choose a criticality");
        between(m.legGeographyWeight(), 0, 1, "legGeographyWeight", errors);
    }

    /** The parameters of version 2's formulas (DOMAIN.md section 7); a version-1 model does not use them. */
    private static void version2(ScoringModel m, FieldErrors errors) {
        errors.check(m.formula() == 1 || m.formula() == 2, "formula", "must be 1 or 2");
        if (!m.ranged()) {
            return;
        }
        between(m.unknownPrior(), 0, 4, "unknownPrior", errors);
        between(m.passThrough(), 0, 1, "passThrough", errors);
        between(m.inspectionEffect(), 0, 1, "inspectionEffect", errors);
        between(m.legControlEffect(), 0, 1, "legControlEffect", errors);
        boolean premium = m.breadthPremium() >= 0 && m.breadthPremium() <= 100;
        errors.check(premium, "breadthPremium", "must be between 0 and 100 points");
        boolean half = m.breadthHalfAt() > 0 && m.breadthHalfAt() <= 100;
        errors.check(half, "breadthHalfAt", "must be above 0 and at most 100 points");
        errors.check(!(premium && half && m.breadthHalfAt() < m.breadthPremium()), "breadthHalfAt",
                "must be at least the breadth premium (" + number(m.breadthPremium()) + "), so that a riskier "
                        + "riskiest supplier never lowers a score");
    }

    private static void economics(ScoringModel m, FieldErrors errors) {
        Map<String, Double> shares = m.scenarioShares();
        if (shares == null) {
            errors.add("scenarioShares", "must be given");
        } else {
            boolean valid = true;
            for (String key : ScoringModel.SCENARIOS) {
                Double share = shares.get(key);
                boolean ok = share != null && share >= 0 && share <= 1;
                errors.check(ok, "scenarioShares." + key, "must be a share between 0 and 1");
                valid &= ok;
            }
            shares.keySet().stream().filter(key -> !ScoringModel.SCENARIOS.contains(key))
                    .forEach(key -> errors.add("scenarioShares." + key, "no threat scenario has this key"));
            double sum = ScoringModel.SCENARIOS.stream().mapToDouble(k -> orZero(shares.get(k))).sum();
            if (valid && Math.abs(sum - 1.0) > SHARE_SUM_TOLERANCE) {
                ScoringModel.SCENARIOS.forEach(key -> errors.add("scenarioShares." + key,
                        "the scenario shares must sum to 1 (they sum to " + sum + ")"));
            }
        }
        errors.check(m.amortisationYears() != null && m.amortisationYears() >= 1, "amortisationYears",
                "must be at least 1 year");
        Double threshold = m.viabilityThreshold();
        errors.check(threshold != null && threshold > 0 && threshold <= 1, "viabilityThreshold",
                "must be above 0 and at most 1 (a share of the unit price)");
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static <E extends Enum<E>> boolean complete(Map<E, Double> map, E[] keys, String field,
            FieldErrors errors) {
        if (map == null) {
            errors.add(field, "must be given");
            return false;
        }
        for (E key : keys) {
            errors.check(map.get(key) != null, field + "." + key, "must be given");
        }
        return true;
    }

    private static boolean atLeastZero(Double value, String field, FieldErrors errors) {
        boolean ok = value != null && value >= 0 && Double.isFinite(value);
        errors.check(ok, field, "must be a number of 0 or more");
        return ok;
    }

    private static void score(double value, String field, FieldErrors errors) {
        between(value, 0, 100, field, errors);
    }

    /** A missing value of a map was reported by complete already. */
    private static void between(Double value, double min, double max, String field, FieldErrors errors) {
        errors.check(value == null || value >= min && value <= max, field,
                "must be between " + number(min) + " and " + number(max));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
