package dev.custody.seeding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What is seeded into an empty database at start. */
@ConfigMapping(prefix = "custody.seed")
public interface SeedConfig {
    /** Countries and restricted parties from data-seeds/reference. */
    @WithDefault("true")
    boolean reference();

    /** The fictional demo network from data-seeds/demo (embedded default and tests only). */
    @WithDefault("false")
    boolean demoNetwork();

    /** One demo login per role, password "demo" (embedded default and tests only; never in production). */
    @WithDefault("false")
    boolean demoUsers();
}
