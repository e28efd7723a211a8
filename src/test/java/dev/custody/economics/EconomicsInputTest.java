package dev.custody.economics;

import static dev.custody.economics.EconomicsSamples.twoScenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad inputs are refused with the field named, before anything is computed. */
class EconomicsInputTest {
    private static final LossInterval LOSS = new LossInterval(1, 2);
    private static final SafeguardCost FREE = new SafeguardCost(0, 0, 0);
    private static final Effectiveness HALF = Effectiveness.exactly(0.5);

    @Test
    void shouldRefuseProbabilitiesOutsideZeroToOne() {
        refused(() -> new Scenario("x", 1.5, LOSS), "probability");
        refused(() -> new Scenario("x", -0.1, LOSS), "probability");
        refused(() -> new Scenario("x", Double.NaN, LOSS), "probability");
        refused(() -> new Scenario(" ", 0.1, LOSS), "scenario");
        refused(() -> new Scenario("x", 0.1, null), "loss");
    }

    @Test
    void shouldRefuseEffectivenessOutsideZeroToOneOrOutOfOrder() {
        refused(() -> new Effectiveness(-0.1, 0.5, 0.6), "effectivenessLow");
        refused(() -> new Effectiveness(0.1, 1.5, 0.6), "effectivenessExpected");
        refused(() -> new Effectiveness(0.1, 0.5, 1.01), "effectivenessHigh");
        refused(() -> new Effectiveness(0.6, 0.5, 0.7), "effectivenessExpected");
        refused(() -> new Effectiveness(0.4, 0.5, 0.45), "effectivenessHigh");
    }

    @Test
    void shouldRefuseNegativeOrNonFiniteCosts() {
        refused(() -> new SafeguardCost(-1, 0, 0), "oneTimeCost");
        refused(() -> new SafeguardCost(0, Double.POSITIVE_INFINITY, 0), "annualCost");
        refused(() -> new SafeguardCost(0, 0, Double.NaN), "perUnitCost");
        refused(() -> new Safeguard("x", Set.of(), HALF, FREE), "scenarios");
        refused(() -> new Safeguard("", Set.of("a"), HALF, FREE), "safeguard");
    }

    @Test
    void shouldRefuseABadEngagement() {
        List<Scenario> scenarios = twoScenarios().scenarios();
        refused(() -> new Exposure(-1, 10, scenarios), "unitsPerYear");
        refused(() -> new Exposure(1, Double.NaN, scenarios), "unitPrice");
        refused(() -> new Exposure(1, 10, List.of(scenarios.get(0), scenarios.get(0))), "scenarios");
    }

    @Test
    void shouldRefuseAModelWhoseSharesDoNotSumToOne() {
        refused(() -> new EconomicsModel(Map.of("a", 0.5, "b", 0.4), 3, 0.05, 1000, 1), "scenarioShares");
        refused(() -> new EconomicsModel(Map.of("a", 1.2), 3, 0.05, 1000, 1), "scenarioShares.a");
        refused(() -> new EconomicsModel(Map.of("a", 1.0), 0, 0.05, 1000, 1), "amortisationYears");
        refused(() -> new EconomicsModel(Map.of("a", 1.0), 3, 0, 1000, 1), "viabilityThreshold");
        refused(() -> new EconomicsModel(Map.of("a", 1.0), 3, 0.05, 0, 1), "monteCarloYears");
        assertThat(new EconomicsModel(Map.of("a", 0.7, "b", 0.3), 3, 0.05, 1000, 1).share("b")).isEqualTo(0.3);
    }

    @Test
    void shouldRefuseAnEffectiveProbabilityOutsideZeroToOne() {
        refused(() -> EconomicsModel.defaults().scenarioProbability(EconomicsModel.HARDWARE_IMPLANT, 1.2),
                "effectiveProbability");
    }

    static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }
}
