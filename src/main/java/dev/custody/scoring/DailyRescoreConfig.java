package dev.custody.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The nightly full rescore: incident weights decay and assessments go stale with time, without any edit. */
@ConfigMapping(prefix = "custody.scoring.daily-rescore")
public interface DailyRescoreConfig {
    /** When it runs, a Quarkus cron (seconds first) in UTC; "off" disables it. */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /**
     * How long a run may stay RUNNING before another attempt the same day may take it over (its instance died).
     * Longer than the rescore's transaction timeout (30 minutes), so a live run is never run twice.
     */
    @WithDefault("PT1H")
    Duration lease();
}
