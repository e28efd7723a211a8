package dev.custody.gating;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The nightly review of gate decisions, after the daily rescore has moved the scores. */
@ConfigMapping(prefix = "custody.gating.daily-review")
public interface GateDailyReviewConfig {
    /** When it runs, a Quarkus cron (seconds first) in UTC; "off" disables it. */
    @WithDefault("0 0 3 * * ?")
    String cron();
}
