package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every parameter of the scoring model of DOMAIN.md sections 2 and 3, as one versioned record. The
 * defaults are the domain guide's; administrators change them as a new version, never in place.
 *
 * @param cpiWeight weight of (100 - CPI) when blended with custom country indicators
 * @param indicatorWeights weight of each custom country indicator by name (absent = not used)
 * @param unratedCountryScore geography of a country without a CPI score (unknown is risky)
 * @param proscribedFloor floor for ITAR 126.1 proscribed countries and state intelligence-cooperation laws
 * @param factorWeights weight of each insider-threat factor in the weighted mean
 * @param staleAfterMonths an assessment older than this counts as never made (every factor worst)
 * @param credibility weight of an incident by its status
 * @param halfLifeMonths half-life of an incident's weight
 * @param weightGeography weight of G in the own score (with weightInsider and weightIncident, sum 1)
 * @param floorTrigger a dimension at or above this lifts the own score to at least floorScore
 * @param mediumFrom lowest score of the medium band (likewise highFrom, criticalFrom)
 * @param pMin annual compromise probability at score 0
 * @param pMax annual compromise probability at score 100
 * @param criticalityFactor k of a supply link by criticality
 * @param legCriticality criticality with which a custody leg counts as a supplier (share 1)
 * @param legGeographyWeight share of the leg country's geography in a leg's score (the rest: missing controls)
 */
public record ScoringModel(
        double cpiWeight,
        Map<String, Double> indicatorWeights,
        double unratedCountryScore,
        double proscribedFloor,
        Map<InsiderFactor, Double> factorWeights,
        int staleAfterMonths,
        Map<IncidentStatus, Double> credibility,
        double halfLifeMonths,
        double weightGeography,
        double weightInsider,
        double weightIncident,
        double floorTrigger,
        double floorScore,
        double mediumFrom,
        double highFrom,
        double criticalFrom,
        double pMin,
        double pMax,
        Map<Criticality, Double> criticalityFactor,
        Criticality legCriticality,
        double legGeographyWeight) {

    public static ScoringModel defaults() {
        Map<InsiderFactor, Double> factors = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor, 1.0);
        }
        Map<IncidentStatus, Double> credibility = new EnumMap<>(IncidentStatus.class);
        credibility.put(IncidentStatus.CONFIRMED, 0.95);
        credibility.put(IncidentStatus.ALLEGED, 0.5);
        credibility.put(IncidentStatus.DISPUTED, 0.3);
        credibility.put(IncidentStatus.REFUTED, 0.0);
        Map<Criticality, Double> k = new EnumMap<>(Criticality.class);
        k.put(Criticality.LOW, 0.25);
        k.put(Criticality.MEDIUM, 0.5);
        k.put(Criticality.HIGH, 0.75);
        k.put(Criticality.CRITICAL, 1.0);
        return new ScoringModel(1.0, new LinkedHashMap<>(), 100.0, 70.0, factors, 18, credibility, 24.0,
                0.35, 0.40, 0.25, 90.0, 75.0, 25.0, 50.0, 75.0, 0.001, 0.20, k, Criticality.HIGH, 0.5);
    }

    /** The band of a 0..100 score. */
    public Band band(double score) {
        if (score >= criticalFrom) {
            return Band.CRITICAL;
        }
        if (score >= highFrom) {
            return Band.HIGH;
        }
        return score >= mediumFrom ? Band.MEDIUM : Band.LOW;
    }
}
