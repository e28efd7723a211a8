package dev.custody.economics;

import static dev.custody.economics.EconomicsModel.HARDWARE_IMPLANT;
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

/** Per-vendor efficient frontiers and one budget spread over all vendors. */
class PortfolioPlannerTest {

    @Test
    void shouldBuyTheBestReturnPerDollarFirstAndReportTheLpBound() {
        // xray: reduction 0.7 * 106,559.21 = 74,591.45 for 25,000 (3.18 a dollar);
        // audit: 0.6 * 106,559.21 = 63,935.52 for 20,000 (3.20 a dollar)
        List<VendorCandidates> vendors = List.of(
                new VendorCandidates("a", twoScenarios(), List.of(safeguard("xray", 0.7, 0, 25_000, 0, HARDWARE_IMPLANT))),
                new VendorCandidates("b", twoScenarios(), List.of(safeguard("audit", 0.6, 0, 20_000, 0, HARDWARE_IMPLANT))));
        PortfolioPlan tight = PortfolioPlanner.allocate(vendors, 30_000, MODEL);
        assertThat(tight.vendors()).extracting(VendorAllocation::safeguards).containsExactly(List.of(), List.of("audit"));
        assertThat(tight.spent()).isEqualTo(20_000);
        assertThat(tight.net()).isCloseTo(43_935.52, within(0.01));
        assertThat(tight.marginalReturn()).isCloseTo(63_935.52 / 20_000, within(1e-6));
        // LP: audit plus 10,000 / 25,000 of xray's net 49,591.45 = 43,935.52 + 19,836.58
        assertThat(tight.upperBound()).isCloseTo(63_772.10, within(0.01));
        PortfolioPlan ample = PortfolioPlanner.allocate(vendors, 45_000, MODEL);
        assertThat(ample.vendors()).extracting(VendorAllocation::safeguards).containsExactly(List.of("xray"), List.of("audit"));
        assertThat(ample.net()).isCloseTo(43_935.52 + 49_591.45, within(0.01));
        assertThat(ample.marginalReturn()).isCloseTo(74_591.45 / 25_000, within(1e-6));
        assertThat(PortfolioPlanner.allocate(vendors, 0, MODEL).marginalReturn()).isZero();
    }

    @Test
    void shouldFindEveryPlanOnTheUpperHullOfAllPlans() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            Exposure exposure = EconomicsSamples.randomExposure(random);
            List<Safeguard> candidates = EconomicsSamples.randomCandidates(random, 1 + random.nextInt(10), exposure.ale() / 3);
            List<FrontierPoint> frontier = PortfolioPlanner.frontier(exposure, candidates, MODEL);
            assertThat(frontier.get(0).annualCost()).isZero();
            for (FrontierPoint point : frontier) {
                int mask = mask(candidates, point.safeguards());
                assertThat(point.reduction()).isCloseTo(EconomicsSamples.reduction(exposure, candidates, mask),
                        within(1e-9 * exposure.ale()));
                assertThat(point.annualCost()).isCloseTo(EconomicsSamples.cost(exposure, candidates, mask),
                        within(1e-9 * exposure.ale()));
            }
            for (int i = 2; i < frontier.size(); i++) {
                assertThat(slope(frontier, i)).as("round %d", round).isLessThan(slope(frontier, i - 1));
            }
            // a concave hull is the set of best plans for every price of a dollar: check many prices
            for (double lambda : new double[] {0, 0.1, 0.5, 1, 1.5, 2, 3, 5, 10, 100}) {
                assertThat(best(frontier, lambda)).as("round %d, lambda %s", round, lambda)
                        .isCloseTo(bruteBest(exposure, candidates, lambda), within(1e-9 * exposure.ale()));
            }
        }
    }

    @Test
    void shouldNeverSpendMoreThanTheBudgetAndNeverBuyLessWithMore() {
        Random random = new Random(5);
        for (int round = 0; round < 30; round++) {
            List<VendorCandidates> vendors = randomPortfolio(random, 2 + random.nextInt(20), 12);
            double previous = Double.NEGATIVE_INFINITY;
            for (double budget = 0; budget <= 2_000_000; budget += 50_000) {
                PortfolioPlan plan = PortfolioPlanner.allocate(vendors, budget, MODEL);
                assertThat(plan.spent()).isLessThanOrEqualTo(budget);
                assertThat(plan.vendors().stream().mapToDouble(VendorAllocation::annualCost).sum())
                        .isCloseTo(plan.spent(), within(1e-6));
                assertThat(plan.net()).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(plan.upperBound());
                previous = plan.net();
            }
        }
    }

    @Test
    void shouldMatchBruteForceWhenTheBudgetEndsOnAFrontierStep() {
        Random random = new Random(9);
        for (int round = 0; round < 60; round++) {
            List<VendorCandidates> vendors = randomPortfolio(random, 2 + random.nextInt(2), 3);
            List<Double> budgets = stepBoundaries(vendors);
            budgets.add(1e12);
            for (double budget : budgets) {
                PortfolioPlan plan = PortfolioPlanner.allocate(vendors, budget, MODEL);
                double scale = Math.max(1.0, Math.abs(plan.net()));
                assertThat(plan.net()).as("round %d, budget %s", round, budget)
                        .isCloseTo(bruteForce(vendors, budget), within(1e-9 * scale));
            }
            double between = budgets.size() > 2 ? (budgets.get(0) + budgets.get(1)) / 2 : 1.0;
            PortfolioPlan plan = PortfolioPlanner.allocate(vendors, between, MODEL);
            assertThat(bruteForce(vendors, between)).isBetween(plan.net() - 1e-6, plan.upperBound() + 1e-6);
        }
    }

    @Test
    void shouldRefuseABadBudgetOrTooManyCandidates() {
        List<VendorCandidates> none = List.of();
        refused(() -> PortfolioPlanner.allocate(none, -1, MODEL), "budget");
        refused(() -> PortfolioPlanner.allocate(none, Double.POSITIVE_INFINITY, MODEL), "budget");
        List<Safeguard> many = new ArrayList<>();
        for (int k = 0; k < 21; k++) {
            many.add(safeguard("s" + k, 0.1, 0, 1, 0, HARDWARE_IMPLANT));
        }
        refused(() -> PortfolioPlanner.allocate(List.of(new VendorCandidates("v", twoScenarios(), many)), 10, MODEL),
                "safeguards");
    }

    private static List<VendorCandidates> randomPortfolio(Random random, int vendors, int maxCandidates) {
        List<VendorCandidates> portfolio = new ArrayList<>();
        for (int v = 0; v < vendors; v++) {
            Exposure exposure = EconomicsSamples.randomExposure(random);
            List<Safeguard> candidates = EconomicsSamples.randomCandidates(random, 1 + random.nextInt(maxCandidates),
                    exposure.ale() / 3);
            portfolio.add(new VendorCandidates("v" + v, exposure, candidates));
        }
        return portfolio;
    }

    /** Cumulative costs of the frontier steps worth buying, in order of falling return. */
    private static List<Double> stepBoundaries(List<VendorCandidates> vendors) {
        List<double[]> steps = new ArrayList<>();
        for (VendorCandidates vendor : vendors) {
            List<FrontierPoint> f = PortfolioPlanner.frontier(vendor.exposure(), vendor.candidates(), MODEL);
            for (int i = 1; i < f.size(); i++) {
                double cost = f.get(i).annualCost() - f.get(i - 1).annualCost();
                double gain = f.get(i).reduction() - f.get(i - 1).reduction();
                if (gain > cost) {
                    steps.add(new double[] {gain / cost, cost});
                }
            }
        }
        steps.sort((a, b) -> Double.compare(b[0], a[0]));
        List<Double> boundaries = new ArrayList<>();
        double sum = 0.0;
        for (double[] step : steps) {
            sum += step[1];
            boundaries.add(sum);
        }
        return boundaries;
    }

    /** Best total net over every combination of every vendor's subsets within the budget. */
    private static double bruteForce(List<VendorCandidates> vendors, double budget) {
        double[][] cost = new double[vendors.size()][];
        double[][] net = new double[vendors.size()][];
        for (int v = 0; v < vendors.size(); v++) {
            VendorCandidates vendor = vendors.get(v);
            int size = 1 << vendor.candidates().size();
            cost[v] = new double[size];
            net[v] = new double[size];
            for (int mask = 0; mask < size; mask++) {
                cost[v][mask] = EconomicsSamples.cost(vendor.exposure(), vendor.candidates(), mask);
                net[v][mask] = EconomicsSamples.reduction(vendor.exposure(), vendor.candidates(), mask) - cost[v][mask];
            }
        }
        return search(cost, net, 0, budget * (1 + 1e-12));
    }

    private static double search(double[][] cost, double[][] net, int v, double left) {
        if (v == cost.length) {
            return 0.0;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < cost[v].length; mask++) {
            if (cost[v][mask] <= left) {
                best = Math.max(best, net[v][mask] + search(cost, net, v + 1, left - cost[v][mask]));
            }
        }
        return best;
    }

    private static double bruteBest(Exposure exposure, List<Safeguard> candidates, double lambda) {
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            best = Math.max(best, EconomicsSamples.reduction(exposure, candidates, mask)
                    - lambda * EconomicsSamples.cost(exposure, candidates, mask));
        }
        return best;
    }

    private static double best(List<FrontierPoint> frontier, double lambda) {
        return frontier.stream().mapToDouble(p -> p.reduction() - lambda * p.annualCost()).max().orElseThrow();
    }

    private static double slope(List<FrontierPoint> f, int i) {
        return (f.get(i).reduction() - f.get(i - 1).reduction()) / (f.get(i).annualCost() - f.get(i - 1).annualCost());
    }

    private static int mask(List<Safeguard> candidates, List<String> keys) {
        int mask = 0;
        for (int k = 0; k < candidates.size(); k++) {
            if (keys.contains(candidates.get(k).key())) {
                mask |= 1 << k;
            }
        }
        assertThat(Integer.bitCount(mask)).isEqualTo(keys.size());
        return mask;
    }
}
