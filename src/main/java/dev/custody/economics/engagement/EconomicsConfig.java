package dev.custody.economics.engagement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Monte Carlo settings. The judgement parameters of economics (scenario shares, amortisation years, viability
 * threshold) belong to the versioned scoring model; these two only set the simulation's precision and
 * reproducibility, so they stay configuration and do not change a model version.
 */
@ConfigMapping(prefix = "custody.economics")
public interface EconomicsConfig {
    /** Simulated years of each Monte Carlo run. */
    @WithDefault("100000")
    int monteCarloYears();

    /** Seed of every Monte Carlo run, so that the same inputs always show the same percentiles. */
    @WithDefault("42")
    long seed();
}
