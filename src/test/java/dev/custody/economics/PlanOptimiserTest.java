package dev.custody.economics;

import static dev.custody.economics.EconomicsModel.HARDWARE_IMPLANT;
import static dev.custody.economics.EconomicsModel.TRANSIT_TAMPERING;
import static dev.custody.economics.EconomicsSamples.MODEL;
import static dev.custody.economics.EconomicsSamples.safeguard;
import static dev.custody.economics.EconomicsSamples.twoScenarios;
import static dev.custody.economics.EconomicsInputTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plan that maximises ALE reduction minus cost, exactly, with and without a budget. */
class PlanOptimiserTest {
    // implant ALE 106,559.21; transit ALE 4,034.94
    private static final Safeguard XRAY = safeguard("xray", 0.7, 0, 25_000, 0, HARDWARE_IMPLANT);
    private static final Safeguard AUDIT = safeguard("audit", 0.6, 0, 20_000, 0, HARDWARE_IMPLANT);
    private static final Safeguard SEALS = safeguard("seals", 0.8, 0, 7_000, 0, TRANSIT_TAMPERING);

    @Test
    void shouldDropASafeguardThatPaysAloneButNotOnTopOfABetterOne() {
        // xray alone: 0.7 * 106,559.21 - 25,000 = 49,591.45; audit alone: 0.6 * 106,559.21 - 20,000 = 43,935.52
        // both: (1 - 0.3 * 0.4) * 106,559.21 - 45,000 = 48,772.10, less than xray alone; seals never pay
        Plan plan = PlanOptimiser.optimise(twoScenarios(), List.of(AUDIT, SEALS, XRAY), MODEL, null);
        assertThat(plan.safeguards()).containsExactly("xray");
        assertThat(plan.outcomes().expected().net()).isCloseTo(49_591.45, within(0.01));
        assertThat(plan.appraisals()).extracting(SafeguardAppraisal::verdict)
                .containsExactly(Verdict.PAYS, Verdict.DOES_NOT_PAY, Verdict.PAYS);
        assertThat(plan.appraisals()).extracting(SafeguardAppraisal::inPlan).containsExactly(false, false, true);
    }

    @Test
    void shouldChooseTheBestPlanTheBudgetAllows() {
        Plan plan = PlanOptimiser.optimise(twoScenarios(), List.of(AUDIT, SEALS, XRAY), MODEL, 24_000.0);
        assertThat(plan.safeguards()).containsExactly("audit");
        assertThat(plan.budget()).isEqualTo(24_000.0);
        Plan nothing = PlanOptimiser.optimise(twoScenarios(), List.of(AUDIT, SEALS, XRAY), MODEL, 0.0);
        assertThat(nothing.safeguards()).isEmpty();
        assertThat(nothing.annualCost()).isZero();
        assertThat(nothing.outcomes().expected().rosi()).isNull();
    }

    @Test
    void shouldMatchBruteForceOnRandomEngagements() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Exposure exposure = EconomicsSamples.randomExposure(random);
            List<Safeguard> candidates = EconomicsSamples.randomCandidates(random, 1 + random.nextInt(9), exposure.ale());
            Double budget = round % 2 == 0 ? null : exposure.ale() * random.nextDouble();
            Plan plan = PlanOptimiser.optimise(exposure, candidates, MODEL, budget);
            double best = EconomicsSamples.bestNet(exposure, candidates, budget);
            assertThat(plan.outcomes().expected().net()).as("round %d", round)
                    .isCloseTo(best, within(1e-9 * exposure.ale()));
            if (budget != null) {
                assertThat(plan.annualCost()).isLessThanOrEqualTo(budget * (1 + 1e-12));
            }
        }
    }

    @Test
    void shouldSearchTwentyCandidatesExactly() {
        Random random = new Random(11);
        Exposure exposure = EconomicsSamples.randomExposure(random);
        List<Safeguard> candidates = EconomicsSamples.randomCandidates(random, 20, exposure.ale() / 4);
        double budget = exposure.ale() / 3;
        Plan plan = PlanOptimiser.optimise(exposure, candidates, MODEL, budget);
        assertThat(plan.outcomes().expected().net())
                .isCloseTo(EconomicsSamples.bestNet(exposure, candidates, budget), within(1e-9 * exposure.ale()));
        assertThat(plan.annualCost()).isLessThanOrEqualTo(budget);
        assertThat(plan.safeguards()).hasSizeGreaterThan(1);
    }

    @Test
    void shouldRefuseMoreThanTwentyCandidates() {
        List<Safeguard> candidates = new ArrayList<>();
        for (int k = 0; k < 21; k++) {
            candidates.add(safeguard("s" + k, 0.1, 0, 1, 0, HARDWARE_IMPLANT));
        }
        refused(() -> PlanOptimiser.optimise(twoScenarios(), candidates, MODEL, null), "safeguards");
    }

    @Test
    void shouldRefuseABadBudgetOrACandidateGivenTwice() {
        refused(() -> PlanOptimiser.optimise(twoScenarios(), List.of(XRAY), MODEL, -1.0), "budget");
        refused(() -> PlanOptimiser.optimise(twoScenarios(), List.of(XRAY), MODEL, Double.NaN), "budget");
        refused(() -> PlanOptimiser.optimise(twoScenarios(), List.of(XRAY, XRAY), MODEL, null), "safeguards");
    }
}
