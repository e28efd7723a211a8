package dev.custody.gating;

import dev.custody.network.Criticality;
import dev.custody.web.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every parameter of the procurement gate of DOMAIN.md section 5, as one versioned record; administrators
 * change it as a new version, never in place.
 *
 * @param thresholds approve / reject thresholds and minimum visibility per deployment criticality
 * @param blockRestrictedParties a restricted party anywhere in the tier tree or custody chain rejects
 * @param blockEmbargoedCountries an embargoed country anywhere in the tier tree or custody chain rejects
 * @param reevaluationMonths a decision older than this is evaluated again
 * @param conditionDeadlineDays days from the decision a condition must be met by
 * @param maxConditionCostPercent the most a purchase's conditions may cost a year, as a percentage of the purchase's
 *        annual value, before the decision calls them not viable (DOMAIN.md section 8); missing in stored versions
 *        from before it existed, it reads as the default 25
 */
public record GatePolicy(
        Map<Criticality, GateThresholds> thresholds,
        boolean blockRestrictedParties,
        boolean blockEmbargoedCountries,
        int reevaluationMonths,
        int conditionDeadlineDays,
        Double maxConditionCostPercent) {
    /** The share of the purchase's annual value conditions may cost, unless a version says otherwise. */
    public static final double DEFAULT_MAX_CONDITION_COST_PERCENT = 25;

    public GatePolicy {
        if (thresholds == null) {
            throw new InvalidInputException("thresholds", "must not be null");
        }
        for (Criticality criticality : Criticality.values()) {
            if (thresholds.get(criticality) == null) {
                throw new InvalidInputException("thresholds." + criticality, "must not be null");
            }
        }
        thresholds = Map.copyOf(new EnumMap<>(thresholds));
        if (reevaluationMonths < 1 || reevaluationMonths > 120) {
            throw new InvalidInputException("reevaluationMonths", "must be between 1 and 120");
        }
        if (conditionDeadlineDays < 1 || conditionDeadlineDays > 3650) {
            throw new InvalidInputException("conditionDeadlineDays", "must be between 1 and 3650");
        }
        if (maxConditionCostPercent == null) {
            maxConditionCostPercent = DEFAULT_MAX_CONDITION_COST_PERCENT;
        }
        if (!(maxConditionCostPercent > 0 && maxConditionCostPercent <= 1000)) {
            throw new InvalidInputException("maxConditionCostPercent", "must be above 0 and at most 1000");
        }
    }

    /** A policy with the default share for conditions. */
    public GatePolicy(Map<Criticality, GateThresholds> thresholds, boolean blockRestrictedParties,
            boolean blockEmbargoedCountries, int reevaluationMonths, int conditionDeadlineDays) {
        this(thresholds, blockRestrictedParties, blockEmbargoedCountries, reevaluationMonths, conditionDeadlineDays,
                DEFAULT_MAX_CONDITION_COST_PERCENT);
    }

    /** The defaults: the more critical the deployment, the lower the scores it accepts and the more it must see. */
    public static GatePolicy defaults() {
        Map<Criticality, GateThresholds> t = new EnumMap<>(Criticality.class);
        t.put(Criticality.LOW, new GateThresholds(60, 90, 0));
        t.put(Criticality.MEDIUM, new GateThresholds(50, 85, 25));
        t.put(Criticality.HIGH, new GateThresholds(40, 75, 50));
        t.put(Criticality.CRITICAL, new GateThresholds(30, 65, 75));
        return new GatePolicy(t, true, true, 12, 90, DEFAULT_MAX_CONDITION_COST_PERCENT);
    }

    public GateThresholds at(Criticality criticality) {
        return thresholds.get(criticality);
    }

    /** The most conditions may cost a year for a purchase of this annual value. */
    public double conditionCostLimit(double annualValue) {
        return annualValue * maxConditionCostPercent / 100.0;
    }
}
