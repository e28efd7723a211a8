package dev.custody.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How many failed sign-ins within the window refuse further attempts, per user name and per client address. */
@ConfigMapping(prefix = "custody.login-throttle")
public interface ThrottleConfig {
    /** Failures of one user name within the window before its sign-ins are refused. */
    @WithDefault("5")
    int maxFailuresPerUser();

    /** Failures from one address (any user names) within the window before its sign-ins are refused. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    /** How far back failures count; a refusal lasts until enough of them have aged out of it. */
    @WithDefault("PT15M")
    Duration window();
}
