package dev.custody.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The nightly full rescore: incident weights decay and assessments go stale with time, without any edit. */
@ConfigMapping(prefix = "custody.scoring.daily-rescore")
public interface DailyRescoreConfig {
    /** When it runs, a Quarkus cron (seconds first) in UTC; "off" disables it. */
    @WithDefault("0 30 2 * * ?")
    String cron();
}
