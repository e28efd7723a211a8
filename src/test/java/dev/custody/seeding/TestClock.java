package dev.custody.seeding;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests, replacing ClockProducer's default bean: the system clock (UTC) until a test
 * fixes it at an instant and moves it; reset() gives the system clock back for the tests that follow.
 */
@Singleton
public class TestClock extends Clock {
    private volatile Instant fixed;

    /** Stops the clock at this instant. */
    public void fixAt(Instant instant) {
        fixed = instant;
    }

    /** Moves a fixed clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        if (fixed == null) {
            throw new IllegalStateException("Fix the clock before moving it");
        }
        fixed = fixed.plus(duration);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }
}
