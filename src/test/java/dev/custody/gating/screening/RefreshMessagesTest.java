package dev.custody.gating.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.scoring.ScheduledRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refresh's runs in words: the failure banner says once, in prose, that the list in force stays. */
class RefreshMessagesTest {
    private static RefreshView.Run run(ScheduledRun.Status status, String error) {
        return new RefreshView.Run(LocalDate.of(2033, 1, 11), status, "schedule",
                Instant.parse("2033-01-11T04:15:00Z"), Instant.parse("2033-01-11T04:15:02Z"), 1, 12L, error);
    }

    @Test
    void shouldSayWhenTheLastRefreshFailedAndThatTheListStaysOnce() {
        RefreshView refused = new RefreshView("/data/csl.csv", "0 15 4 * * ?", 1, List.of(run(ScheduledRun.Status.FAILED,
                "The file from /data/csl.csv was refused and the list in force stays: 1 problem, row 2, name: must not "
                        + "be blank.")));
        assertThat(RefreshMessages.failure(refused)).isEqualTo("The last refresh, on 11 January 2033 at 04:15 UTC, "
                + "failed: The file from /data/csl.csv was refused and the list in force stays: 1 problem, row 2, name: "
                + "must not be blank.");
        RefreshView crashed = new RefreshView("/data/csl.csv", "0 15 4 * * ?", 1,
                List.of(run(ScheduledRun.Status.FAILED, "PersistenceException: connection reset")));
        assertThat(RefreshMessages.failure(crashed)).endsWith("connection reset. The list in force stays.");
    }

    @Test
    void shouldShowNoFailureWhenTheLatestRunSucceeded() {
        RefreshView view = new RefreshView("/data/csl.csv", "0 15 4 * * ?", 1,
                List.of(run(ScheduledRun.Status.SUCCEEDED, null), run(ScheduledRun.Status.FAILED, "broken")));
        assertThat(RefreshMessages.failure(view)).isNull();
        assertThat(RefreshMessages.rows(view)).extracting(RefreshMessages.Row::status).containsExactly("succeeded",
                "failed");
        assertThat(RefreshMessages.rows(view).get(0).period()).isEqualTo("11 January 2033");
    }
}
