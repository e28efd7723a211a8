package dev.custody.economics;

import dev.custody.scoring.ScoringModel;
import dev.custody.web.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of safeguard economics (DOMAIN.md section 4), with the domain defaults. Scenarios are
 * data identified by a string key; the four default keys are the constants below.
 *
 * @param scenarioShares share of a vendor's effective compromise probability per scenario key (sum 1)
 * @param amortisationYears years over which a safeguard's one-time cost is spread
 * @param viabilityThreshold plan cost per unit as a share of the unit price above which it is flagged
 * @param monteCarloYears simulated years of a Monte Carlo run
 * @param seed the seed of Monte Carlo runs (same seed, same numbers)
 */
public record EconomicsModel(Map<String, Double> scenarioShares, int amortisationYears, double viabilityThreshold,
        int monteCarloYears, long seed) {
    public static final String HARDWARE_IMPLANT = "hardware-implant";
    public static final String TRANSIT_TAMPERING = "transit-tampering";
    public static final String COUNTERFEIT_COMPONENT = "counterfeit-component";
    public static final String MALICIOUS_FIRMWARE = "malicious-firmware";
    /** Largest Monte Carlo run accepted, to bound memory (8 bytes a year). */
    public static final int MAX_MONTE_CARLO_YEARS = 10_000_000;
    private static final double SHARE_SUM_TOLERANCE = 1e-6;

    public EconomicsModel {
        Checks.present("scenarioShares", scenarioShares);
        double sum = 0.0;
        for (Map.Entry<String, Double> share : scenarioShares.entrySet()) {
            Checks.key("scenarioShares", share.getKey());
            sum += Checks.unit("scenarioShares." + share.getKey(), Checks.present("scenarioShares", share.getValue()));
        }
        if (Math.abs(sum - 1.0) > SHARE_SUM_TOLERANCE) {
            throw new InvalidInputException("scenarioShares", "must sum to 1");
        }
        scenarioShares = Collections.unmodifiableMap(new LinkedHashMap<>(scenarioShares));
        if (amortisationYears < 1) {
            throw new InvalidInputException("amortisationYears", "must be at least 1");
        }
        if (!(Checks.finite("viabilityThreshold", viabilityThreshold) > 0.0)) {
            throw new InvalidInputException("viabilityThreshold", "must be greater than 0");
        }
        if (monteCarloYears < 1 || monteCarloYears > MAX_MONTE_CARLO_YEARS) {
            throw new InvalidInputException("monteCarloYears", "must be between 1 and " + MAX_MONTE_CARLO_YEARS);
        }
    }

    /** The default scoring model's shares (0.40 / 0.25 / 0.20 / 0.15), 3 years and 5 %; 100,000 years, seed 42. */
    public static EconomicsModel defaults() {
        ScoringModel d = ScoringModel.defaults();
        return new EconomicsModel(d.scenarioShares(), d.amortisationYears(), d.viabilityThreshold(), 100_000, 42L);
    }

    /** The share of a scenario, 0 for a key the model does not know. */
    public double share(String scenarioKey) {
        return scenarioShares.getOrDefault(scenarioKey, 0.0);
    }

    /**
     * The expected annual loss per unit of p_eff, {@code sum_s share_s * mean loss_s} over the scenarios whose
     * probability derives from p_eff (an analyst's override does not move with it): how much a vendor's ALE moves when
     * its annual compromise probability moves by one (d ALE / d p_eff).
     */
    public double lossPerProbability(Map<String, LossInterval> derivedScenarios) {
        double sum = 0.0;
        for (Map.Entry<String, LossInterval> scenario : derivedScenarios.entrySet()) {
            sum += share(scenario.getKey()) * scenario.getValue().mean();
        }
        return sum;
    }

    /** {@code p_s = p_eff * share_s}; callers use an analyst's calibrated p_s instead when one is given. */
    public double scenarioProbability(String scenarioKey, double effectiveProbability) {
        return Checks.unit("effectiveProbability", effectiveProbability) * share(scenarioKey);
    }
}
