package dev.custody.security;

import java.time.Duration;

/**
 * How long a (user name, address) pair waits after its n-th consecutive failed sign-in: nothing before
 * failuresBeforeDelay failures, then first, doubling with each further failure, never more than max.
 */
public record DelaySchedule(int failuresBeforeDelay, Duration first, Duration max) {
    public DelaySchedule {
        if (failuresBeforeDelay < 1 || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a delay schedule needs failuresBeforeDelay >= 1 and 0 < first <= max");
        }
    }

    public Duration after(int failures) {
        if (failures < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        int doublings = failures - failuresBeforeDelay;
        // Compared before multiplying, so that a long run of failures cannot overflow.
        if (doublings >= 62 || first.toMillis() > (max.toMillis() >> doublings)) {
            return max;
        }
        return first.multipliedBy(1L << doublings);
    }
}
