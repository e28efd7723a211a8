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
 * @param formula which formulas the parameters feed: 1, the domain guide's sections 2-3 (unknown = worst,
 *     noisy-OR over every supplier, legs with the handler's inherited score); 2, section 7 (a prior and a
 *     range for unknowns, the riskiest hands plus a bounded breadth premium, attenuation per hop)
 * @param unknownPrior version 2: the rating (0..4) an unassessed or stale factor counts for the expected score
 * @param passThrough version 2: the share of a supplier's compromise probability one hop passes on to its buyer
 * @param inspectionEffect version 2: how much of the pass-through a buyer's best incoming inspection (rated 0)
 *     removes; a rating r removes inspectionEffect * (4 - r) / 4 of it
 * @param breadthPremium version 2: the most points that many suppliers can add above the riskiest hands
 * @param breadthHalfAt version 2: the excess of the noisy-OR over the riskiest hands (in points) at which the
 *     breadth premium reaches half of breadthPremium
 * @param legControlEffect version 2: the share of a custody leg's compromise probability each control in place
 *     (seals, tracking, escort) takes away, as a safeguard's effectiveness does
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
        Double viabilityThreshold,
        Integer formula,
        Double unknownPrior,
        Double passThrough,
        Double inspectionEffect,
        Double breadthPremium,
        Double breadthHalfAt,
        Double legControlEffect) {
    /** The keys of the threat scenarios of DOMAIN.md section 4, as stored in threat_scenario. */
    public static final List<String> SCENARIOS = List.of("hardware-implant", "transit-tampering",
            "counterfeit-component", "malicious-firmware");
    private static final double[] DEFAULT_SHARES = {0.40, 0.25, 0.20, 0.15};
    private static final int DEFAULT_AMORTISATION_YEARS = 3;
    private static final double DEFAULT_VIABILITY_THRESHOLD = 0.05;
    /** Version 2's defaults (DOMAIN.md section 7); stored versions without them read as formula 1. */
    private static final double DEFAULT_UNKNOWN_PRIOR = 3.0;
    private static final double DEFAULT_PASS_THROUGH = 0.5;
    private static final double DEFAULT_INSPECTION_EFFECT = 0.5;
    private static final double DEFAULT_BREADTH_PREMIUM = 15.0;
    private static final double DEFAULT_BREADTH_HALF_AT = 30.0;
    private static final double DEFAULT_LEG_CONTROL_EFFECT = 0.5;
    /** Version 2's probability calibration: 0.02 % a year at score 0, 5 % at 100 (see the methodology page). */
    static final double V2_P_MIN = 0.0002;
    static final double V2_P_MAX = 0.05;

    public ScoringModel {
        scenarioShares = scenarioShares == null ? defaultShares() : scenarioShares;
        amortisationYears = amortisationYears == null ? DEFAULT_AMORTISATION_YEARS : amortisationYears;
        viabilityThreshold = viabilityThreshold == null ? DEFAULT_VIABILITY_THRESHOLD : viabilityThreshold;
        formula = formula == null ? 1 : formula;
        unknownPrior = unknownPrior == null ? DEFAULT_UNKNOWN_PRIOR : unknownPrior;
        passThrough = passThrough == null ? DEFAULT_PASS_THROUGH : passThrough;
        inspectionEffect = inspectionEffect == null ? DEFAULT_INSPECTION_EFFECT : inspectionEffect;
        breadthPremium = breadthPremium == null ? DEFAULT_BREADTH_PREMIUM : breadthPremium;
        breadthHalfAt = breadthHalfAt == null ? DEFAULT_BREADTH_HALF_AT : breadthHalfAt;
        legControlEffect = legControlEffect == null ? DEFAULT_LEG_CONTROL_EFFECT : legControlEffect;
    }

    /** Whether these parameters feed the formulas of version 2 (DOMAIN.md section 7). */
    public boolean ranged() {
        return formula >= 2;
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
                defaultShares(), DEFAULT_AMORTISATION_YEARS, DEFAULT_VIABILITY_THRESHOLD, 1, null, null, null, null,
                null, null);
    }

    /** The defaults of version 2 (DOMAIN.md section 7): version 1's with the new formulas and calibration. */
    public static ScoringModel version2() {
        return defaults().withFormula2(DEFAULT_UNKNOWN_PRIOR, DEFAULT_PASS_THROUGH, DEFAULT_INSPECTION_EFFECT,
                DEFAULT_BREADTH_PREMIUM, DEFAULT_BREADTH_HALF_AT, DEFAULT_LEG_CONTROL_EFFECT, V2_P_MIN, V2_P_MAX);
    }

    /** These parameters under the formulas of version 2, with its own parameters and probability scale. */
    public ScoringModel withFormula2(double prior, double pass, double inspection, double premium, double halfAt,
            double controls, double pLow, double pHigh) {
        return new ScoringModel(cpiWeight, indicatorWeights, unratedCountryScore, proscribedFloor, factorWeights,
                staleAfterMonths, credibility, halfLifeMonths, weightGeography, weightInsider, weightIncident,
                floorTrigger, floorScore, mediumFrom, highFrom, criticalFrom, pLow, pHigh, criticalityFactor,
                legCriticality, legGeographyWeight, scenarioShares, amortisationYears, viabilityThreshold, 2, prior,
                pass, inspection, premium, halfAt, controls);
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
