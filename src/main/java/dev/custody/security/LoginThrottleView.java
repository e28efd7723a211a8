package dev.custody.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A (user name, address) pair with recent failed sign-ins: how many, when the last was, how long it still waits. */
public record LoginThrottleView(long id, String username, String address, int failures, Instant lastFailureAt,
        Instant blockedUntil, long waitSeconds) {

    static LoginThrottleView of(LoginThrottlePair pair, Instant now) {
        long wait = pair.blockedUntil.isAfter(now) ? (Duration.between(now, pair.blockedUntil).toMillis() + 999) / 1000 : 0;
        return new LoginThrottleView(pair.id, pair.username, pair.address, pair.failures, pair.lastFailureAt,
                pair.blockedUntil, wait);
    }

    static List<LoginThrottleView> list(List<LoginThrottlePair> pairs, Instant now) {
        return pairs.stream().map(p -> of(p, now)).toList();
    }

    public boolean waiting() {
        return waitSeconds > 0;
    }
}
