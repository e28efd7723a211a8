package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param scenarioShares share of a vendor's p_eff per threat scenario key (section 4, sum 1)
 * @param amortisationYears years over which a safeguard's one-time cost is spread
 * @param viabilityThreshold plan cost per unit as a share of the unit price above which a plan is flagged
 *
 * <p>The three economics parameters may be absent from versions stored before they existed; they read as the
 * defaults. Monte Carlo years and seed stay configuration (custody.economics.*): they set the simulation's
 * precision and reproducibility, not a judgement about risk, so they do not belong to a model version.
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
        double legGeographyWeight,
        Map<String, Double> scenarioShares,
        Integer amortisationYears,
        Double viabilityThreshold) {
    /** The keys of the threat scenarios of DOMAIN.md section 4, as stored in threat_scenario. */
    public static final List<String> SCENARIOS = List.of("hardware-implant", "transit-tampering",
            "counterfeit-component", "malicious-firmware");
    private static final double[] DEFAULT_SHARES = {0.40, 0.25, 0.20, 0.15};
    private static final int DEFAULT_AMORTISATION_YEARS = 3;
    private static final double DEFAULT_VIABILITY_THRESHOLD = 0.05;

    public ScoringModel {
        scenarioShares = scenarioShares == null ? defaultShares() : scenarioShares;
        amortisationYears = amortisationYears == null ? DEFAULT_AMORTISATION_YEARS : amortisationYears;
        viabilityThreshold = viabilityThreshold == null ? DEFAULT_VIABILITY_THRESHOLD : viabilityThreshold;
    }

    private static Map<String, Double> defaultShares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            shares.put(SCENARIOS.get(i), DEFAULT_SHARES[i]);
        }
        return shares;
    }

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
                0.35, 0.40, 0.25, 90.0, 75.0, 25.0, 50.0, 75.0, 0.001, 0.20, k, Criticality.HIGH, 0.5,
                defaultShares(), DEFAULT_AMORTISATION_YEARS, DEFAULT_VIABILITY_THRESHOLD);
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
