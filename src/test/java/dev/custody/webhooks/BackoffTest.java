package dev.custody.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({
        "0, PT0S",
        "1, PT30S",
        "2, PT1M",
        "3, PT2M",
        "4, PT4M",
        "7, PT32M",
        "8, PT1H",
        "30, PT1H",
        "1000, PT1H",
    })
    void shouldDoubleTheWaitUpToTheLongest(int failed, Duration wait) {
        assertThat(Backoff.after(failed, Duration.ofSeconds(30), Duration.ofHours(1))).isEqualTo(wait);
    }
}
