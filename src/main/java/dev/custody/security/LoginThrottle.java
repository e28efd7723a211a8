package dev.custody.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins in the database, so that every instance sees the same count, and says how long a
 * user name or address with too many recent failures must wait. A success clears the user name's failures,
 * never the address's (one valid account must not reset an address that guesses others' passwords).
 */
@ApplicationScoped
public class LoginThrottle {
    private static final int MAX_USERNAME = 200;
    private static final int MAX_ADDRESS = 100;

    @Inject
    ThrottleConfig config;
    @Inject
    Clock clock;

    /** How long to wait before the next attempt, or empty when this user name from this address may try now. */
    @Transactional
    public Optional<Duration> refusal(String username, String address) {
        Instant since = clock.instant().minus(config.window());
        Optional<Duration> byUser = wait("username", clip(username, MAX_USERNAME), since, config.maxFailuresPerUser());
        return byUser.isPresent() ? byUser : wait("address", clip(address, MAX_ADDRESS), since, config.maxFailuresPerAddress());
    }

    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        LoginFailure.delete("failedAt < ?1", now.minus(config.window()));
        LoginFailure failure = new LoginFailure();
        failure.username = clip(username, MAX_USERNAME);
        failure.address = clip(address, MAX_ADDRESS);
        failure.failedAt = now;
        failure.persist();
    }

    @Transactional
    public void succeeded(String username) {
        LoginFailure.delete("username", clip(username, MAX_USERNAME));
    }

    private Optional<Duration> wait(String field, String value, Instant since, int max) {
        long failures = LoginFailure.count(field + " = ?1 and failedAt >= ?2", value, since);
        if (failures < max) {
            return Optional.empty();
        }
        // Refused until the oldest failures have aged out and fewer than max remain in the window.
        Instant unblocking = LoginFailure.<LoginFailure>find(field + " = ?1 and failedAt >= ?2 order by failedAt desc",
                value, since).page((int) (max - 1), 1).firstResultOptional()
                .map(f -> f.failedAt.plus(config.window())).orElse(clock.instant());
        Duration left = Duration.between(clock.instant(), unblocking);
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    private static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }
}
