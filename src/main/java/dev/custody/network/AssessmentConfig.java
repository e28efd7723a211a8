package dev.custody.network;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of insider-threat assessments. */
@ConfigMapping(prefix = "custody.assessment")
public interface AssessmentConfig {
    /** An assessment older than this many months is stale: its factors count as unknown (DOMAIN.md section 2). */
    @WithDefault("18")
    int staleAfterMonths();
}
