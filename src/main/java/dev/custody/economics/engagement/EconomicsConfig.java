package dev.custody.economics.engagement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The economics parameters besides the scenario shares (which are data in threat_scenario). */
@ConfigMapping(prefix = "custody.economics")
public interface EconomicsConfig {
    /** Years over which a safeguard's one-time cost is spread. */
    @WithDefault("3")
    int amortisationYears();

    /** Plan cost per unit as a share of the unit price above which the plan is flagged as not viable. */
    @WithDefault("0.05")
    double viabilityThreshold();

    /** Simulated years of each Monte Carlo run. */
    @WithDefault("100000")
    int monteCarloYears();

    /** Seed of every Monte Carlo run, so that the same inputs always show the same percentiles. */
    @WithDefault("42")
    long seed();
}
