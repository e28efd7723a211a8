package dev.custody.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The login throttle's progressive delay per (user name, address) pair: after failuresBeforeDelay failed sign-ins
 * the pair waits firstDelay, doubling with each further failure up to maxDelay; a pair without failures for
 * forgetAfter starts again from nothing.
 */
@ConfigMapping(prefix = "custody.login-throttle")
public interface ThrottleConfig {
    /** Failed sign-ins of one user name from one address before that pair has to wait. */
    @WithDefault("5")
    int failuresBeforeDelay();

    /** The wait after the failure that reaches failuresBeforeDelay; each further failure doubles it. */
    @WithDefault("PT1S")
    Duration firstDelay();

    /** The longest wait, however many failures. */
    @WithDefault("PT60S")
    Duration maxDelay();

    /** A pair whose last failure is older than this is forgotten: its count starts again. */
    @WithDefault("PT15M")
    Duration forgetAfter();

    /** The schedule of waits these settings describe. */
    default DelaySchedule schedule() {
        return new DelaySchedule(failuresBeforeDelay(), firstDelay(), maxDelay());
    }
}
