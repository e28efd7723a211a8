package dev.custody.gating.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The scheduled import of the Consolidated Screening List from a file or URL (README "Restricted-party screening"). */
@ConfigMapping(prefix = "custody.gating.screening.refresh")
public interface ScreeningRefreshConfig {
    /** A file path, a file: URL or an http(s) URL of the CSV as the ITA publishes it; none: no scheduled refresh. */
    Optional<String> source();

    /** When it checks the source, a Quarkus cron (seconds first) in UTC; "off" disables it. */
    @WithDefault("0 15 4 * * ?")
    String cron();

    /** Days one refresh covers: across all instances the list is imported at most once per period. */
    @WithDefault("1")
    int periodDays();

    /** How long fetching the file from a URL may take, connection included. */
    @WithDefault("PT2M")
    Duration timeout();
}
