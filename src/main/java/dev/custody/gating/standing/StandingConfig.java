package dev.custody.gating.standing;

import dev.custody.network.Criticality;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The vendor standing: the deployment criticality a vendor without an engagement is judged at. */
@ConfigMapping(prefix = "custody.standing")
public interface StandingConfig {
    /**
     * The criticality for vendors without an engagement. High by default: a vendor nobody has described is assumed
     * to go where most servers go, a production deployment, not the lenient end of the scale.
     */
    @WithDefault("HIGH")
    Criticality defaultCriticality();
}
