package dev.custody.gating.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Restricted-party screening: the similarity that needs adjudication and the largest screening list accepted. */
@ConfigMapping(prefix = "custody.gating.screening")
public interface ScreeningConfig {
    /** Jaro-Winkler similarity of normalised names (0..1) from which a name that is not equal needs adjudication. */
    @WithDefault("0.88")
    double similarityThreshold();

    /** Largest screening list file accepted, in bytes; keep it under quarkus.http.limits.max-body-size. */
    @WithDefault("10485760")
    long maxBytes();
}
