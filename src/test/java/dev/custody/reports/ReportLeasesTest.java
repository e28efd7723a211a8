package dev.custody.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import dev.custody.platform.Leases;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Finding 1 of issue 16: a report whose instance died no longer stays RUNNING forever. The rows here are what an
 * instance killed with kill -9 leaves behind (its name, an old heartbeat); the sweep (Leases.sweepNow, which every
 * instance runs every custody.leases.sweep) takes a queued one over or fails it with the reason in words.
 */
@QuarkusTest
class ReportLeasesTest {
    static final String DEAD = "dead-host/4242/0a0b0c";

    @Inject
    Leases leases;
    @Inject
    ReportLeases reportLeases;
    @Inject
    ReportService reports;

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldTakeOverAQueuedReportWhoseInstanceDiedAndFinishIt() {
        long id = orphan(true, 1, ReportSnapshot.Status.RUNNING, Instant.now().minusSeconds(120));
        given().get("/api/reports/" + id + "/file").then().statusCode(409);

        leases.sweepNow();

        ReportSnapshot taken = reports.get(id);
        assertThat(taken.leaseOwner).isEqualTo(leases.owner());
        assertThat(taken.attempts).isEqualTo(2);
        await(Duration.ofMinutes(3), () -> !reports.get(id).live());
        assertThat(reports.get(id).status).isEqualTo(ReportSnapshot.Status.DONE);
        given().get("/api/reports/" + id + "/file").then().statusCode(200);
        given().get("/api/reports/" + id).then().statusCode(200).body("attempts", org.hamcrest.Matchers.is(2))
                .body("instance", org.hamcrest.Matchers.is(leases.owner()));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldFailAReportARequestWaitedForWithTheReasonAndAnswerItsFileWithGone() {
        long id = orphan(false, 1, ReportSnapshot.Status.RUNNING, Instant.now().minusSeconds(120));

        leases.sweepNow();

        ReportSnapshot failed = reports.get(id);
        assertThat(failed.status).isEqualTo(ReportSnapshot.Status.FAILED);
        assertThat(failed.error).startsWith("Stopped: the instance generating it (" + DEAD + ") stopped answering, "
                + "no sign of life since ").contains(" UTC on ", "the request waiting for the file ended with it");
        given().get("/api/reports/" + id + "/file").then().statusCode(410)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("stopped answering"));
        given().post("/api/reports/" + id + "/regenerate").then().statusCode(410)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldFailAQueuedReportOnceItsInstancesDiedOnItEveryAttempt() {
        long id = orphan(true, 2, ReportSnapshot.Status.QUEUED, Instant.now().minusSeconds(120));

        leases.sweepNow();

        ReportSnapshot failed = reports.get(id);
        assertThat(failed.status).isEqualTo(ReportSnapshot.Status.FAILED);
        assertThat(failed.attempts).isEqualTo(2);
        assertThat(failed.error).contains("after 2 starts", "Not started again");
    }

    @Test
    void shouldLeaveAReportWithARecentHeartbeatToItsInstance() {
        long id = orphan(true, 1, ReportSnapshot.Status.RUNNING, Instant.now());

        leases.sweepNow();

        ReportSnapshot alive = reports.get(id);
        assertThat(alive.status).isEqualTo(ReportSnapshot.Status.RUNNING);
        assertThat(alive.leaseOwner).isEqualTo(DEAD);
        QuarkusTransaction.requiringNew().run(() -> ReportSnapshot.update("status = ?1 where id = ?2",
                ReportSnapshot.Status.FAILED, id));
    }

    @Test
    void shouldKeepTheHeartbeatOfAReportThisInstanceGeneratesAndNeverSweepIt() {
        Instant old = Instant.now().minusSeconds(120);
        long id = orphan(false, 1, ReportSnapshot.Status.RUNNING, old);
        QuarkusTransaction.requiringNew().run(() -> ReportSnapshot.update("leaseOwner = ?1 where id = ?2",
                leases.owner(), id));
        try (Leases.Lease lease = leases.hold(reportLeases, id)) {
            leases.sweepNow();
            assertThat(reports.get(id).status).as("held here: alive").isEqualTo(ReportSnapshot.Status.RUNNING);
            leases.heartbeatNow();
            assertThat(reports.get(id).heartbeatAt).isAfter(old.plusSeconds(100));
            QuarkusTransaction.requiringNew().run(() -> ReportSnapshot.update("heartbeatAt = ?1 where id = ?2", old, id));
        }
        leases.sweepNow();
        assertThat(reports.get(id).status).as("released with an old heartbeat: its work ended without a word")
                .isEqualTo(ReportSnapshot.Status.FAILED);
    }

    @Test
    void shouldStopWritingAReportAnotherInstanceTookOver() {
        long id = orphan(true, 1, ReportSnapshot.Status.QUEUED, Instant.now());

        reports.run(id);

        ReportSnapshot untouched = reports.get(id);
        assertThat(untouched.status).isEqualTo(ReportSnapshot.Status.QUEUED);
        assertThat(untouched.progress).isZero();
        assertThat(untouched.checksum).isNull();
        QuarkusTransaction.requiringNew().run(() -> ReportSnapshot.update("status = ?1 where id = ?2",
                ReportSnapshot.Status.FAILED, id));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldStopRefreshingTheHistoryPageWhenOnlyADeadInstancesReportIsLeft() {
        await(Duration.ofMinutes(3), () -> QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>
                list("status in ?1", ReportLeases.LIVE).stream().allMatch(s -> leases.stale(s.lastSignOfLife()))));
        long id = orphan(true, 2, ReportSnapshot.Status.RUNNING, Instant.now().minusSeconds(120));

        given().accept("text/html").get("/reports").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("http-equiv=\"refresh\"")))
                .body(containsString("Stalled: its instance stopped answering"));
        leases.sweepNow();
        given().accept("text/html").get("/reports").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("http-equiv=\"refresh\"")))
                .body(containsString("Stopped: the instance generating it (" + DEAD + ") stopped answering"));
        assertThat(reports.get(id).status).isEqualTo(ReportSnapshot.Status.FAILED);
    }

    /** A snapshot as an instance killed while generating it leaves it. */
    static long orphan(boolean background, int attempts, ReportSnapshot.Status status, Instant heartbeat) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportSnapshot s = new ReportSnapshot();
            s.kind = ReportKind.EXECUTIVE;
            s.format = "xlsx";
            s.status = status;
            s.progress = status == ReportSnapshot.Status.RUNNING ? 10 : 0;
            s.requestedAt = heartbeat.minusSeconds(5);
            s.generatedBy = "exec";
            s.triggerSource = background ? "api" : "page";
            s.parameters = "{\"kind\":\"EXECUTIVE\",\"vendorId\":null,\"format\":\"xlsx\"}";
            s.leaseOwner = DEAD;
            s.heartbeatAt = heartbeat;
            s.attempts = attempts;
            s.background = background;
            s.persist();
            return s.id;
        });
    }

    static void await(Duration timeout, BooleanSupplier condition) {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
