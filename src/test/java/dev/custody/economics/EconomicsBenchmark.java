package dev.custody.economics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the economics core: the Monte Carlo of 100,000 years for one vendor with four scenarios (warm,
 * beside the vectorised numpy version in src/test/python/montecarlo_bench.py), the exact plan over 20
 * candidates, and the portfolio plan for 10,000 vendors with 10–20 candidates each. A command, not a test:
 * {@code ./mvnw -B -q -Pbench-economics test-compile exec:exec} (arguments: years vendors).
 */
public final class EconomicsBenchmark {
    private static final long SEED = 42;
    private static final double EFFECTIVE_PROBABILITY = 0.2;
    private static final int WARM_UP_RUNS = 300;
    private static final int TIMED_RUNS = 1_000;
    private static final int PYTHON_WARM_UP_RUNS = 20;
    private static final int PYTHON_TIMED_RUNS = 200;
    private static final int PORTFOLIO_RUNS = 5;

    private EconomicsBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int vendors = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        System.out.printf(Locale.ROOT, "%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<Scenario> scenarios = scenarios();
        double javaMedian = monteCarlo(scenarios, years);
        numpy(scenarios, years, javaMedian);
        plan();
        portfolio(vendors);
    }

    /** p_eff 0.2 (the model's ceiling) split by the default shares; losses from 20,000 to 50 million. */
    private static List<Scenario> scenarios() {
        EconomicsModel model = EconomicsModel.defaults();
        double[][] losses = {{1e5, 1e7}, {2e4, 5e5}, {5e4, 2e6}, {1e5, 5e7}};
        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < EconomicsSamples.KEYS.length; s++) {
            String key = EconomicsSamples.KEYS[s];
            scenarios.add(Scenario.fromEffective(key, EFFECTIVE_PROBABILITY, new LossInterval(losses[s][0], losses[s][1]), model));
        }
        return scenarios;
    }

    private static double monteCarlo(List<Scenario> scenarios, int years) {
        LossDistribution result = null;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            result = MonteCarlo.simulate(scenarios, years, SEED + i);
        }
        double[] millis = new double[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long started = System.nanoTime();
            result = MonteCarlo.simulate(scenarios, years, SEED + i);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        double ale = scenarios.stream().mapToDouble(Scenario::ale).sum();
        System.out.printf(Locale.ROOT, "Monte Carlo, %,d years x %d scenarios (ALE %.0f): median %.3f ms, p99 %.3f ms "
                + "over %d warm runs; last run mean %.0f, p95 %.0f, p99 %.0f%n", years, scenarios.size(), ale,
                median(millis), percentile(millis, 0.99), TIMED_RUNS, result.mean(), result.p95(), result.p99());
        return median(millis);
    }

    /** Runs the numpy version on the same scenarios and prints both medians and their ratio. */
    private static void numpy(List<Scenario> scenarios, int years, double javaMedian)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "src/test/python/montecarlo_bench.py",
                Integer.toString(years), Integer.toString(PYTHON_WARM_UP_RUNS), Integer.toString(PYTHON_TIMED_RUNS)));
        for (Scenario s : scenarios) {
            command.add(Double.toString(s.probability()));
            command.add(Double.toString(s.loss().low()));
            command.add(Double.toString(s.loss().high()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        }
        if (process.waitFor() != 0 || lines.stream().noneMatch(line -> line.startsWith("numpy-"))) {
            System.out.println("numpy version did not run (python3 with numpy needed): " + lines);
            return;
        }
        for (String line : lines) {
            String[] parts = line.split(" ");
            double numpyMedian = Double.parseDouble(parts[1]);
            System.out.printf(Locale.ROOT, "%s, same scenarios: median %.3f ms, p99 %.3f ms over %d warm runs; "
                    + "mean %s, p95 %s, p99 %s; Java is %.1fx faster%n", parts[0], numpyMedian,
                    Double.parseDouble(parts[2]), PYTHON_TIMED_RUNS, parts[3], parts[4], parts[5], numpyMedian / javaMedian);
        }
    }

    private static void plan() {
        Random random = new Random(SEED);
        Exposure exposure = EconomicsSamples.randomExposure(random);
        List<Safeguard> candidates = EconomicsSamples.randomCandidates(random, PlanOptimiser.MAX_CANDIDATES, exposure.ale() / 4);
        for (Double budget : new Double[] {null, exposure.ale() / 3}) {
            double[] millis = new double[20];
            Plan plan = null;
            for (int i = 0; i < 30; i++) {
                long started = System.nanoTime();
                plan = PlanOptimiser.optimise(exposure, candidates, EconomicsModel.defaults(), budget);
                if (i >= 10) {
                    millis[i - 10] = (System.nanoTime() - started) / 1e6;
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "exact plan, %d candidates (2^%d subsets), %s: median %.2f ms, %d chosen%n",
                    candidates.size(), candidates.size(), budget == null ? "no budget" : "budget ALE/3",
                    median(millis), plan.safeguards().size());
        }
    }

    private static void portfolio(int count) {
        Random random = new Random(SEED);
        List<VendorCandidates> vendors = new ArrayList<>(count);
        double ale = 0.0;
        int candidates = 0;
        for (int v = 0; v < count; v++) {
            Exposure exposure = EconomicsSamples.randomExposure(random);
            List<Safeguard> offered = EconomicsSamples.randomCandidates(random, 10 + random.nextInt(11), exposure.ale() / 3);
            vendors.add(new VendorCandidates("v" + v, exposure, offered));
            ale += exposure.ale();
            candidates += offered.size();
        }
        double budget = ale / 10;
        PortfolioPlan plan = null;
        double[] millis = new double[PORTFOLIO_RUNS];
        for (int i = 0; i < PORTFOLIO_RUNS + 2; i++) {
            long started = System.nanoTime();
            plan = PortfolioPlanner.allocate(vendors, budget, EconomicsModel.defaults());
            if (i >= 2) {
                millis[i - 2] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "portfolio plan, %,d vendors, %,d candidates, budget %.0f (10 %% of ALE): "
                + "median %.0f ms, max %.0f ms of %d runs; spent %.0f, net reduction %.0f (LP bound %.0f), "
                + "marginal return %.3f%n", count, candidates, budget, median(millis), millis[millis.length - 1],
                PORTFOLIO_RUNS, plan.spent(), plan.net(), plan.upperBound(), plan.marginalReturn());
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double percentile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
