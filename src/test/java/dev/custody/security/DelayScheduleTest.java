package dev.custody.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The login throttle's waits: none before the threshold, then doubling from the first wait to the cap. */
class DelayScheduleTest {
    private final DelaySchedule schedule = new DelaySchedule(5, Duration.ofSeconds(1), Duration.ofSeconds(60));

    @ParameterizedTest(name = "after {0} failures wait {1} ms")
    @CsvSource({"0, 0", "1, 0", "4, 0", "5, 1000", "6, 2000", "7, 4000", "10, 32000", "11, 60000", "12, 60000",
            "70, 60000", "2147483647, 60000"})
    void shouldWaitNothingBeforeTheThresholdThenDoubleUpToTheCap(int failures, long millis) {
        assertThat(schedule.after(failures)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void shouldRefuseSchedulesThatCannotWork() {
        assertThatThrownBy(() -> new DelaySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DelaySchedule(5, Duration.ofSeconds(3), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
