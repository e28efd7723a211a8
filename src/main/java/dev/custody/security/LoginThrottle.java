package dev.custody.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing without locking anyone out: failures are counted per (user name, address) pair in
 * the database (every instance sees the same counts), and only that pair waits, progressively longer up to a cap
 * (DelaySchedule). The right password from another address, or for another user from this one, is never refused;
 * a success forgets the pair.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int MAX_USERNAME = 200;
    static final int MAX_ADDRESS = 100;

    @Inject
    ThrottleConfig config;
    @Inject
    Clock clock;

    /** How long this user name from this address must still wait, or empty when it may try now. */
    @Transactional
    public Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        return pair(username, address, LockModeType.NONE)
                .filter(p -> p.blockedUntil.isAfter(now))
                .map(p -> Duration.between(now, p.blockedUntil));
    }

    /** Records a checked and wrong password (or unknown user name) for the pair. */
    public void failed(String username, String address) {
        try {
            QuarkusTransaction.requiringNew().run(() -> count(username, address));
        } catch (PersistenceException | QuarkusTransactionException firstOfTwoAtOnce) {
            // Two instances recorded the pair's first failure at the same moment: the unique key refused one; the
            // row exists now, and counting again updates it.
            QuarkusTransaction.requiringNew().run(() -> count(username, address));
        }
    }

    /** A successful sign-in forgets the pair's failures (never those of other addresses for the same user). */
    @Transactional
    public void succeeded(String username, String address) {
        LoginThrottlePair.delete("username = ?1 and address = ?2", clip(username, MAX_USERNAME), clip(address, MAX_ADDRESS));
    }

    /** Every pair with failures that still count, those waiting longest first. */
    @Transactional
    public List<LoginThrottlePair> active() {
        return LoginThrottlePair.list("lastFailureAt >= ?1 order by blockedUntil desc, id",
                clock.instant().minus(config.forgetAfter()));
    }

    /** Forgets one pair; false when it does not exist (any more). */
    @Transactional
    public boolean clear(long id) {
        return LoginThrottlePair.deleteById(id);
    }

    /** Forgets every pair; answers how many. */
    @Transactional
    public long clearAll() {
        return LoginThrottlePair.deleteAll();
    }

    private void count(String username, String address) {
        Instant now = clock.instant();
        LoginThrottlePair pair = pair(username, address, LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> {
            LoginThrottlePair created = new LoginThrottlePair();
            created.username = clip(username, MAX_USERNAME);
            created.address = clip(address, MAX_ADDRESS);
            return created;
        });
        boolean forgotten = pair.lastFailureAt == null || pair.lastFailureAt.isBefore(now.minus(config.forgetAfter()));
        pair.failures = forgotten ? 1 : pair.failures + 1;
        pair.lastFailureAt = now;
        pair.blockedUntil = now.plus(config.schedule().after(pair.failures));
        pair.persistAndFlush();
        LoginThrottlePair.delete("lastFailureAt < ?1 and blockedUntil < ?2", now.minus(config.forgetAfter()), now);
    }

    private static Optional<LoginThrottlePair> pair(String username, String address, LockModeType lock) {
        return LoginThrottlePair.<LoginThrottlePair>find("username = ?1 and address = ?2",
                clip(username, MAX_USERNAME), clip(address, MAX_ADDRESS)).withLock(lock).firstResultOptional();
    }

    static String clip(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }
}
