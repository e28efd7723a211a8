package dev.custody.webhooks;

import java.time.Duration;

/** Exponential backoff between attempts: base after the first failure, doubled after each next one, up to max. */
public final class Backoff {
    private Backoff() {
    }

    /** How long to wait after this many failed attempts (1 or more) before the next one. */
    public static Duration after(int failedAttempts, Duration base, Duration max) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
