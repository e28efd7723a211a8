package dev.custody.economics;

import static dev.custody.economics.EconomicsModel.COUNTERFEIT_COMPONENT;
import static dev.custody.economics.EconomicsModel.HARDWARE_IMPLANT;
import static dev.custody.economics.EconomicsModel.MALICIOUS_FIRMWARE;
import static dev.custody.economics.EconomicsModel.TRANSIT_TAMPERING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Engagements and safeguards for the economics tests, fixed and random, and brute-force references. */
final class EconomicsSamples {
    static final EconomicsModel MODEL = EconomicsModel.defaults();
    static final String[] KEYS = {HARDWARE_IMPLANT, TRANSIT_TAMPERING, COUNTERFEIT_COMPONENT, MALICIOUS_FIRMWARE};

    private EconomicsSamples() {
    }

    /** 10,000 units a year at 500; implant p 0.04, loss (1e5, 1e7); transit p 0.025, loss (2e4, 5e5). */
    static Exposure twoScenarios() {
        return new Exposure(10_000, 500, List.of(
                new Scenario(HARDWARE_IMPLANT, 0.04, new LossInterval(1e5, 1e7)),
                new Scenario(TRANSIT_TAMPERING, 0.025, new LossInterval(2e4, 5e5))));
    }

    static Safeguard safeguard(String key, double effectiveness, double oneTime, double annual, double perUnit,
            String... scenarios) {
        return new Safeguard(key, Set.of(scenarios), Effectiveness.exactly(effectiveness),
                new SafeguardCost(oneTime, annual, perUnit));
    }

    /** Four scenarios with p_eff in 0.02..0.2 split by the default shares, losses 1e4..1e8. */
    static Exposure randomExposure(Random random) {
        double pEff = 0.02 + 0.18 * random.nextDouble();
        List<Scenario> scenarios = new ArrayList<>();
        for (String key : KEYS) {
            double low = Math.pow(10, 4 + 2 * random.nextDouble());
            double high = low * Math.pow(10, 0.5 + 2 * random.nextDouble());
            scenarios.add(Scenario.fromEffective(key, pEff, new LossInterval(low, high), MODEL));
        }
        return new Exposure(1_000 + random.nextInt(50_000), 50 + 2_000 * random.nextDouble(), scenarios);
    }

    /** Safeguards mitigating one scenario (three in four) or two, costs on the scale of the ALE. */
    static List<Safeguard> randomCandidates(Random random, int count, double scale) {
        List<Safeguard> candidates = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Set<String> scenarios = new HashSet<>();
            scenarios.add(KEYS[random.nextInt(KEYS.length)]);
            if (random.nextInt(4) == 0) {
                scenarios.add(KEYS[random.nextInt(KEYS.length)]);
            }
            double expected = 0.1 + 0.85 * random.nextDouble();
            Effectiveness e = new Effectiveness(expected * 0.7, expected, Math.min(1.0, expected * 1.2));
            SafeguardCost cost = new SafeguardCost(scale * random.nextDouble(), scale * 0.3 * random.nextDouble(),
                    scale * 1e-5 * random.nextDouble());
            candidates.add(new Safeguard("s" + k, scenarios, e, cost));
        }
        return candidates;
    }

    /** ALE reduction of the candidates in mask at expected effectiveness, straight from the formulas. */
    static double reduction(Exposure exposure, List<Safeguard> candidates, int mask) {
        double reduction = 0.0;
        for (Scenario scenario : exposure.scenarios()) {
            double left = 1.0;
            for (int k = 0; k < candidates.size(); k++) {
                if ((mask & (1 << k)) != 0 && candidates.get(k).scenarios().contains(scenario.key())) {
                    left *= 1.0 - candidates.get(k).effectiveness().expected();
                }
            }
            reduction += scenario.probability() * scenario.loss().mean() * (1.0 - left);
        }
        return reduction;
    }

    static double cost(Exposure exposure, List<Safeguard> candidates, int mask) {
        double cost = 0.0;
        for (int k = 0; k < candidates.size(); k++) {
            if ((mask & (1 << k)) != 0) {
                SafeguardCost c = candidates.get(k).cost();
                cost += c.oneTime() / MODEL.amortisationYears() + c.annual() + c.perUnit() * exposure.unitsPerYear();
            }
        }
        return cost;
    }

    /** The largest reduction - cost over every subset within the budget (null: none). */
    static double bestNet(Exposure exposure, List<Safeguard> candidates, Double budget) {
        double best = 0.0;
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            double cost = cost(exposure, candidates, mask);
            if (budget == null || cost <= budget) {
                best = Math.max(best, reduction(exposure, candidates, mask) - cost);
            }
        }
        return best;
    }
}
