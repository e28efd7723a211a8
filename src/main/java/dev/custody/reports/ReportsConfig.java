package dev.custody.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Report generation settings. */
@ConfigMapping(prefix = "custody.reports")
public interface ReportsConfig {
    /** Above this many vendors, GET /api/reports/executive queues the generation instead of answering the file. */
    @WithDefault("5000")
    int syncMaxVendors();

    /** The monthly executive report. */
    Monthly monthly();

    interface Monthly {
        /** When it runs, a Quarkus cron (seconds first) in UTC; "off" disables it. */
        @WithDefault("0 0 3 1 * ?")
        String cron();

        /** The format of the monthly report. */
        @WithDefault("xlsx")
        String format();
    }
}
