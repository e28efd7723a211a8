package dev.custody.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The calendar date a user may enter as "today" at the latest, wherever the user is. */
final class Today {
    // UTC+14 is the earliest time zone: a user there may enter a date that is still tomorrow in UTC.
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private Today() {
    }

    static LocalDate latest(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE);
    }
}
