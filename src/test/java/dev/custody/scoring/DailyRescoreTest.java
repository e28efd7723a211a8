package dev.custody.scoring;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.scoring.ScoreResourceTest.history;
import static dev.custody.scoring.ScoreResourceTest.incident;
import static dev.custody.scoring.ScoreResourceTest.scoreOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import dev.custody.seeding.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily rescore moves scores with time alone, runs once per day whatever the number of instances. */
@QuarkusTest
class DailyRescoreTest {
    @Inject
    TestClock clock;
    @Inject
    DailyRescore daily;
    @Inject
    ScoreService scores;

    /** Each test runs on a day of its own; the scores go back to today's for the tests that follow. */
    @AfterEach
    void giveTheClockBack() {
        clock.reset();
        scores.rescoreAll();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLowerARecentIncidentsScoreWhenTheDailyRescoreRunsTwoYearsLater() {
        clock.fixAt(Instant.parse("2031-03-01T09:00:00Z"));
        long org = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        create("/api/incidents", incident(org, 10.0, "CONFIRMED", LocalDate.now(clock)));
        double fresh = scoreOf(org).getDouble("incident");
        int points = history(org).size();

        clock.advance(Duration.ofDays(730));
        assertThat(scoreOf(org).getDouble("incident")).as("nothing rescores by itself").isEqualTo(fresh);
        DailyRescore.Outcome outcome = daily.run("test");

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(outcome.run().runDate).isEqualTo(LocalDate.now(clock));
        assertThat(outcome.run().historyRows).isPositive();
        double decayed = scoreOf(org).getDouble("incident");
        // One incident: H = 100 * s, and s halves every half-life (24 months by default); both shown to one decimal.
        assertThat(decayed).isCloseTo(fresh * Math.pow(2, -730 / IncidentCalculator.DAYS_PER_MONTH / 24),
                within(0.05 + 0.05 * Math.pow(2, -730 / IncidentCalculator.DAYS_PER_MONTH / 24))).isLessThan(fresh);
        List<Map<String, Object>> trend = history(org);
        assertThat(trend).hasSize(points + 1);
        assertThat(((Number) trend.get(0).get("incident")).doubleValue()).isCloseTo(decayed, within(1e-9));
        assertThat(Instant.parse((String) trend.get(0).get("computedAt"))).isEqualTo(clock.instant());
    }

    @Test
    void shouldRunTheDaysRescoreOnceWhenTwoInstancesTriggerItTogether() throws Exception {
        clock.fixAt(Instant.parse("2032-07-15T02:30:00Z"));
        LocalDate day = LocalDate.now(clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DailyRescore.Outcome>> triggers = new ArrayList<>();
        for (String instance : List.of("instance-a", "instance-b")) {
            triggers.add(pool.submit(() -> {
                start.await();
                return daily.run(instance);
            }));
        }
        start.countDown();
        List<DailyRescore.Outcome> outcomes = new ArrayList<>();
        for (Future<DailyRescore.Outcome> trigger : triggers) {
            outcomes.add(trigger.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(DailyRescore.Outcome::ran).hasSize(1);
        List<ScheduledRun> rows = runsOn(day);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
            assertThat(row.attempts).isEqualTo(1);
            assertThat(row.triggeredBy).isIn("instance-a", "instance-b");
        });
        assertThat(daily.run("late instance").ran()).isFalse();
        assertThat(runsOn(day)).singleElement().satisfies(row -> assertThat(row.attempts).isEqualTo(1));
    }

    @Test
    void shouldTakeOverAFailedOrAbandonedRunButNotOneStillRunning() {
        clock.fixAt(Instant.parse("2033-02-01T02:30:00Z"));
        LocalDate day = LocalDate.now(clock);
        store(day, ScheduledRun.Status.FAILED, clock.instant().minusSeconds(60));
        DailyRescore.Outcome retried = daily.run("retry");
        assertThat(retried.ran()).isTrue();
        assertThat(retried.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(retried.run().attempts).isEqualTo(2);
        assertThat(retried.run().error).isNull();

        clock.advance(Duration.ofDays(1));
        LocalDate next = LocalDate.now(clock);
        store(next, ScheduledRun.Status.RUNNING, clock.instant().minusSeconds(60));
        // Its instance's heartbeat is real time, not the test's clock: fresh, then two minutes old (stale-after 30 s).
        heartbeat(next, Instant.now());
        assertThat(daily.run("too early").ran()).as("running elsewhere, heartbeat fresh").isFalse();
        heartbeat(next, Instant.now().minusSeconds(120));
        DailyRescore.Outcome takenOver = daily.run("after the lease");
        assertThat(takenOver.ran()).isTrue();
        assertThat(takenOver.run().triggeredBy).isEqualTo("after the lease");
        assertThat(takenOver.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
    }

    @Test
    void shouldWriteNoHistoryWhenNothingChangedSinceTheLastRescore() {
        clock.fixAt(Instant.parse("2034-01-10T02:30:00Z"));
        scores.rescoreAll();
        long rows = historyRows();

        DailyRescore.Outcome outcome = daily.run("test");

        assertThat(outcome.ran()).isTrue();
        assertThat(outcome.run().organizations).isPositive();
        assertThat(outcome.run().changed).isZero();
        assertThat(outcome.run().historyRows).isZero();
        assertThat(historyRows()).isEqualTo(rows);
    }

    @Test
    @TestSecurity(user = "root", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldLetAnAdministratorRunTodaysRescoreOnceAndListIt() {
        clock.fixAt(Instant.parse("2035-05-05T12:00:00Z"));
        given().post("/api/scores/rescore-runs").then().statusCode(200).body("runDate", is("2035-05-05"))
                .body("status", is("SUCCEEDED")).body("triggeredBy", is("root")).body("attempts", is(1));
        problem(given().post("/api/scores/rescore-runs").then(), 409);
        given().post("/api/scores/rescore").then().statusCode(200);
        given().queryParam("limit", 366).get("/api/scores/rescore-runs").then().statusCode(200)
                .body("runDate", hasItem("2035-05-05"));
        assertThat(runsOn(LocalDate.parse("2035-05-05"))).hasSize(1);
        problem(given().queryParam("limit", 0).get("/api/scores/rescore-runs").then(), 400, "limit");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldShowRunsToAnalystsAndLeaveTriggeringToAdministrators() {
        given().get("/api/scores/rescore-runs").then().statusCode(200);
        given().post("/api/scores/rescore-runs").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldKeepRunsFromExecutives() {
        given().get("/api/scores/rescore-runs").then().statusCode(403);
    }

    private static List<ScheduledRun> runsOn(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> ScheduledRun.<ScheduledRun>list(
                "job = ?1 and runDate = ?2", DailyRescore.JOB, day));
    }

    private static long historyRows() {
        return QuarkusTransaction.requiringNew().call(() -> ScoreHistoryEntry.count());
    }

    private static void heartbeat(LocalDate day, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> ScheduledRun.update("heartbeatAt = ?1, leaseOwner = ?2 "
                + "where job = ?3 and runDate = ?4", at, "another/1/abcdef", DailyRescore.JOB, day));
    }

    static void store(LocalDate day, ScheduledRun.Status status, Instant startedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScheduledRun run = new ScheduledRun();
            run.job = DailyRescore.JOB;
            run.runDate = day;
            run.status = status;
            run.triggeredBy = "another instance";
            run.startedAt = startedAt;
            run.attempts = 1;
            run.error = status == ScheduledRun.Status.FAILED ? "IllegalStateException: boom" : null;
            run.persist();
        });
    }
}
