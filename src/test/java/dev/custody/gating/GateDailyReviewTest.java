package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.assess;
import static dev.custody.gating.GatingApi.organization;
import static dev.custody.gating.GatingApi.request;
import static dev.custody.gating.GatingApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.custody.scoring.ScheduledRun;
import dev.custody.scoring.ScheduledRuns;
import dev.custody.seeding.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The nightly gate review: once a day across instances, re-evaluations due, overdue conditions. */
@QuarkusTest
class GateDailyReviewTest {
    @Inject
    TestClock clock;
    @Inject
    GateDailyReview daily;

    @AfterEach
    void giveTheClockBack() {
        clock.reset();
    }

    @Test
    void shouldRunTheDaysReviewOnceWhenTriggeredTwice() {
        clock.fixAt(Instant.now().plus(Duration.ofDays(200)));
        ScheduledRuns.Outcome first = daily.run("instance-a");
        ScheduledRuns.Outcome second = daily.run("instance-b");

        assertThat(first.ran()).isTrue();
        assertThat(first.run().status).isEqualTo(ScheduledRun.Status.SUCCEEDED);
        assertThat(second.ran()).isFalse();
        assertThat(second.run().triggeredBy).isEqualTo("instance-a");
        LocalDate day = LocalDate.now(clock);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScheduledRun.<ScheduledRun>list(
                "job = ?1 and runDate = ?2", GateDailyReview.JOB, day))).singleElement()
                .satisfies(row -> assertThat(row.attempts).isEqualTo(1));
    }

    @Test
    void shouldReevaluateADecisionOlderThanThePolicysPeriod() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 0, 0);
        int id = submit("buyer", request(vendor, "HIGH")).statusCode(201).body("decision.outcome", equalTo("APPROVE"))
                .extract().path("id");
        clock.fixAt(Instant.now().plus(Duration.ofDays(300)));
        assertThat(daily.run("test").ran()).isTrue();
        as("buyer").get("/api/purchase-requests/" + id).then().body("decisions.kind", contains("EVALUATION"));

        clock.fixAt(Instant.now().plus(Duration.ofDays(400)));
        assertThat(daily.run("test").ran()).isTrue();
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("decisions.kind", contains("EVALUATION", "REEVALUATION"))
                .body("decision.decidedBy", equalTo("system"))
                .body("decision.outcome", equalTo("APPROVE"))
                .body("reviewReason", nullValue());
    }

    @Test
    void shouldMarkARequestWhoseConditionsArePastTheirDeadline() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 3, 0);
        int id = submit("buyer", request(vendor, "CRITICAL")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS")).extract().path("id");
        String deadline = as("buyer").get("/api/purchase-requests/" + id).then().extract()
                .path("decision.conditions[0].deadline");
        clock.fixAt(LocalDate.parse(deadline).atStartOfDay(clock.getZone()).toInstant().plusSeconds(3600));
        assertThat(daily.run("test").ran()).isTrue();
        as("buyer").get("/api/purchase-requests/" + id).then().body("reviewReason", nullValue());

        clock.advance(Duration.ofDays(1));
        assertThat(daily.run("test").ran()).isTrue();
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("reviewReason", containsString("past their deadline"))
                .body("reviewReason", containsString("(due " + deadline + ")"))
                .body("decisions.kind", contains("EVALUATION"));
        as("buyer").get("/api/purchase-requests?review=true").then().body("id", hasItem(id));
    }
}
