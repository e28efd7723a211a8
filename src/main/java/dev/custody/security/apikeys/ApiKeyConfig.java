package dev.custody.security.apikeys;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** API keys: how often a key's last-used time is written, and how many keys one login may hold. */
@ConfigMapping(prefix = "custody.api-keys")
public interface ApiKeyConfig {
    /**
     * A key's last-used time is written when the stored one is older than this, so a script's thousand calls cost
     * a handful of writes rather than a thousand; the time shown is exact to this interval.
     */
    @WithDefault("PT1M")
    Duration lastUsedInterval();

    /** Keys one login may hold that are neither revoked nor expired. */
    @WithDefault("50")
    int maxActivePerUser();
}
