package dev.custody.seeding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The generated large network for benchmarks: off unless a number of organizations is given. */
@ConfigMapping(prefix = "custody.seed")
public interface SyntheticConfig {
    /** Organizations to generate into an empty database instead of the demo network; 0 = off. */
    @WithDefault("0")
    int syntheticOrganizations();

    /** Supply links to generate; 0 = five per organization. */
    @WithDefault("0")
    int syntheticLinks();

    /** The random seed: the same seed and counts always give the same network. */
    @WithDefault("42")
    long syntheticSeed();
}
