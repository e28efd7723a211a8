package dev.custody.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected annual loss per unit of p_eff: how far a vendor's ALE moves with its compromise probability. */
class LossPerProbabilityTest {
    private static final EconomicsModel MODEL = EconomicsModel.defaults();

    @Test
    void shouldWeighEachDerivedScenariosMeanLossByItsShare() {
        // means (LossIntervalTest): (1e5, 1e7) -> 2,663,980.2; (2e4, 5e5) -> 161,397.6
        // 0.40 * 2,663,980.2 + 0.25 * 161,397.6 = 1,065,592.1 + 40,349.4 = 1,105,941.5
        Map<String, LossInterval> derived = new LinkedHashMap<>();
        derived.put(EconomicsModel.HARDWARE_IMPLANT, new LossInterval(1e5, 1e7));
        derived.put(EconomicsModel.TRANSIT_TAMPERING, new LossInterval(2e4, 5e5));
        assertThat(MODEL.lossPerProbability(derived)).isCloseTo(1_105_941.5, within(0.1));
        assertThat(MODEL.lossPerProbability(Map.of())).isZero();
        assertThat(MODEL.lossPerProbability(Map.of("unknown-scenario", new LossInterval(1e5, 1e7)))).isZero();
    }

    @Test
    void shouldBeTheSlopeOfTheAleInPeffForScenariosNotOverridden() {
        LossInterval implant = new LossInterval(1e5, 1e7);
        LossInterval firmware = new LossInterval(2e4, 5e5);
        double slope = MODEL.lossPerProbability(Map.of(EconomicsModel.HARDWARE_IMPLANT, implant));
        // the firmware scenario's probability is an analyst's override: it stays put when p_eff moves
        for (double[] pair : new double[][] {{0.001, 0.003}, {0.01, 0.04}}) {
            double before = exposure(pair[0], implant, firmware).ale();
            double after = exposure(pair[1], implant, firmware).ale();
            assertThat(after - before).isCloseTo(slope * (pair[1] - pair[0]), within(1e-6));
        }
    }

    private static Exposure exposure(double pEff, LossInterval implant, LossInterval firmware) {
        return new Exposure(100, 1000, List.of(Scenario.fromEffective(EconomicsModel.HARDWARE_IMPLANT, pEff, implant, MODEL),
                new Scenario(EconomicsModel.MALICIOUS_FIRMWARE, 0.02, firmware)));
    }
}
