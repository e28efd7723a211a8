package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.gating.GateDailyReview;
import dev.custody.platform.Leases;
import dev.custody.reports.MonthlyReport;
import dev.custody.seeding.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 1 of issue 16 for scheduled jobs: a run left RUNNING by an instance that died is failed with the reason
 * within a sweep, and the current period's run is done again by a live instance, for every recurring job.
 */
@QuarkusTest
class ScheduledRunLeasesTest {
    static final String DEAD = "dead-host/7/abcdef";

    @Inject
    TestClock clock;
    @Inject
    Leases leases;
    @Inject
    ScheduledRuns runs;
    @Inject
    DailyRescore daily;
    @Inject
    GateDailyReview review;
    @Inject
    MonthlyReport monthly;

    @AfterEach
    void giveTheClockBack() {
        clock.reset();
    }

    @Test
    void shouldFailTodaysRescoreWhoseInstanceDiedAndRunItAgainHere() {
        clock.fixAt(Instant.parse("2036-03-03T02:30:00Z"));
        LocalDate today = LocalDate.now(clock);
        orphan(DailyRescore.JOB, today, Instant.now().minusSeconds(120));

        leases.sweepNow();

        ScheduledRun run = awaitFinished(DailyRescore.JOB, today);
        assertThat(run.status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(run.triggeredBy).isEqualTo(ScheduledRunLeases.TAKEOVER);
        assertThat(run.attempts).isEqualTo(2);
        assertThat(run.leaseOwner).isEqualTo(leases.owner());
    }

    @Test
    void shouldDoTheSameForTheGateReviewAndTheMonthlyReport() {
        clock.fixAt(Instant.parse("2036-04-01T03:00:00Z"));
        LocalDate today = LocalDate.now(clock);
        orphan(review.name(), today, Instant.now().minusSeconds(120));
        orphan(monthly.name(), monthly.currentPeriod(), Instant.now().minusSeconds(120));

        leases.sweepNow();

        assertThat(awaitFinished(review.name(), today).status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(awaitFinished(monthly.name(), monthly.currentPeriod()).status)
                .isEqualTo(ScheduledRun.Status.SUCCEEDED);
    }

    @Test
    void shouldFailARunOfAnEarlierDayWithTheReasonWithoutRunningItAgain() {
        clock.fixAt(Instant.parse("2036-05-05T12:00:00Z"));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        orphan(DailyRescore.JOB, yesterday, Instant.now().minusSeconds(120));

        leases.sweepNow();

        ScheduledRun run = runs.find(DailyRescore.JOB, yesterday).orElseThrow();
        assertThat(run.status).isEqualTo(ScheduledRun.Status.FAILED);
        assertThat(run.attempts).isEqualTo(1);
        assertThat(run.error).startsWith("The instance running it (" + DEAD + ") stopped answering: no sign of life "
                + "since ").contains(" UTC on ", "its period is over");
        assertThat(runs.find(DailyRescore.JOB, LocalDate.now(clock))).isEmpty();
    }

    @Test
    void shouldLeaveARunWithAFreshHeartbeatRunning() {
        clock.fixAt(Instant.parse("2036-06-06T02:30:00Z"));
        LocalDate today = LocalDate.now(clock);
        orphan(DailyRescore.JOB, today, Instant.now());

        leases.sweepNow();

        assertThat(runs.find(DailyRescore.JOB, today).orElseThrow().status).isEqualTo(ScheduledRun.Status.RUNNING);
        assertThat(daily.run("second instance").ran()).as("running elsewhere").isFalse();
    }

    @Test
    void shouldWriteTheHeartbeatOfARunThisInstanceHolds() {
        clock.fixAt(Instant.parse("2036-07-07T02:30:00Z"));
        Instant before = Instant.now();
        ScheduledRuns.Outcome outcome = runs.runOnce("test-job", LocalDate.now(clock), "test", key -> {
            sleep(Duration.ofMillis(50));
            leases.heartbeatNow();
            ScheduledRun running = runs.find(key.job(), key.runDate()).orElseThrow();
            assertThat(running.leaseOwner).isEqualTo(leases.owner());
            assertThat(running.heartbeatAt).isAfter(before);
            return runs.succeeded(key, 1);
        });
        assertThat(outcome.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
    }

    private static void orphan(String job, LocalDate day, Instant heartbeat) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScheduledRun run = new ScheduledRun();
            run.job = job;
            run.runDate = day;
            run.status = ScheduledRun.Status.RUNNING;
            run.triggeredBy = "schedule";
            run.startedAt = heartbeat.minusSeconds(30);
            run.attempts = 1;
            run.leaseOwner = DEAD;
            run.heartbeatAt = heartbeat;
            run.persist();
        });
    }

    private ScheduledRun awaitFinished(String job, LocalDate day) {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            Optional<ScheduledRun> run = runs.find(job, day);
            if (run.isPresent() && run.get().status != ScheduledRun.Status.RUNNING && run.get().attempts > 1) {
                return run.get();
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError(job + " on " + day + " was not run again");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
