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
 */
public record GatePolicy(
        Map<Criticality, GateThresholds> thresholds,
        boolean blockRestrictedParties,
        boolean blockEmbargoedCountries,
        int reevaluationMonths,
        int conditionDeadlineDays) {

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
    }

    /** The defaults: the more critical the deployment, the lower the scores it accepts and the more it must see. */
    public static GatePolicy defaults() {
        Map<Criticality, GateThresholds> t = new EnumMap<>(Criticality.class);
        t.put(Criticality.LOW, new GateThresholds(60, 90, 0));
        t.put(Criticality.MEDIUM, new GateThresholds(50, 85, 25));
        t.put(Criticality.HIGH, new GateThresholds(40, 75, 50));
        t.put(Criticality.CRITICAL, new GateThresholds(30, 65, 75));
        return new GatePolicy(t, true, true, 12, 90);
    }

    public GateThresholds at(Criticality criticality) {
        return thresholds.get(criticality);
    }
}
