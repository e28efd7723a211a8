package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.assess;
import static dev.custody.gating.GatingApi.organization;
import static dev.custody.gating.GatingApi.request;
import static dev.custody.gating.GatingApi.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.custody.seeding.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The procurement queue's filters and the conditions of approvals: met, overdue, marked for review. */
@QuarkusTest
class GateQueueTest {
    @Inject
    TestClock clock;
    @Inject
    GateReview review;

    @AfterEach
    void giveTheClockBack() {
        clock.reset();
    }

    @Test
    void shouldFilterByStateVendorAndCriticalityInTheQuery() {
        long vendor = organization("VENDOR", "DK", null);
        long other = organization("VENDOR", "DK", null);
        // Every factor 3, full visibility: R = 30.8, approved for HIGH, conditions for CRITICAL.
        assess(vendor, 3, 0);
        assess(other, 3, 0);
        int high = submit("buyer", request(vendor, "HIGH")).statusCode(201).body("decision.outcome", equalTo("APPROVE"))
                .extract().path("id");
        int critical = submit("buyer", request(vendor, "CRITICAL")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS")).extract().path("id");
        int elsewhere = submit("buyer", request(other, "HIGH")).statusCode(201).extract().path("id");

        as("analyst").queryParam("vendor", vendor).get("/api/purchase-requests").then().statusCode(200)
                .body("id", contains(critical, high));
        as("analyst").queryParam("vendor", vendor).queryParam("criticality", "CRITICAL").get("/api/purchase-requests")
                .then().body("id", contains(critical));
        as("analyst").queryParam("vendor", vendor).queryParam("state", "approve-with-conditions")
                .get("/api/purchase-requests").then().body("id", contains(critical));
        as("analyst").queryParam("state", "APPROVE").get("/api/purchase-requests").then()
                .body("id", hasItems(high, elsewhere)).body("id", not(hasItem(critical)))
                .body("decision.outcome", everyItem(equalTo("APPROVE")));
        as("analyst").queryParam("vendor", vendor).queryParam("state", "REJECT").get("/api/purchase-requests").then()
                .body("$", org.hamcrest.Matchers.empty());
        as("analyst").queryParam("vendor", vendor).queryParam("criticality", "HIGH").get("/api/gate-decisions").then()
                .statusCode(200).body("requestId", contains(high));
    }

    @Test
    void shouldNameTheFieldOfABadFilterValue() {
        for (String api : List.of("/api/purchase-requests", "/api/gate-decisions")) {
            as("analyst").queryParam("state", "maybe").get(api).then().statusCode(400)
                    .body("errors.field", contains("state")).body("errors[0].message", containsString("OVERRIDE_REQUESTED"));
            as("analyst").queryParam("vendor", "abc").get(api).then().statusCode(400).body("errors.field", contains("vendor"));
            as("analyst").queryParam("criticality", "HUGE").get(api).then().statusCode(400)
                    .body("errors.field", contains("criticality"));
            as("analyst").queryParam("overdue", "yes").queryParam("review", "1").get(api).then().statusCode(400)
                    .body("errors.field", contains("overdue", "review"));
        }
    }

    @Test
    void shouldShowUnmetConditionsPastTheirDeadlineAsOverdueUntilRecordedAsMet() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 3, 0);
        int id = submit("buyer", request(vendor, "CRITICAL")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS")).extract().path("id");
        List<String> deadlines = as("buyer").get("/api/purchase-requests/" + id).then()
                .body("conditionStatus.met", everyItem(is(false))).body("overdueConditions", is(0))
                .extract().path("decision.conditions.deadline");
        LocalDate deadline = LocalDate.parse(deadlines.get(0));
        String overdue = "/api/purchase-requests?overdue=true&vendor=" + vendor;
        as("buyer").get(overdue).then().body("$", org.hamcrest.Matchers.empty());

        clock.fixAt(deadline.plusDays(1).atStartOfDay(clock.getZone()).toInstant().plus(Duration.ofHours(1)));
        as("buyer").get(overdue).then().body("id", contains(id));
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("conditionStatus[0].overdue", is(true)).body("overdueConditions", is(deadlines.size()));
        org.assertj.core.api.Assertions.assertThat(review.markOverdue()).contains((long) id);
        as("buyer").get("/api/purchase-requests/" + id + "/what-changed").then().statusCode(200)
                .body("$", hasItem(containsString("was due on " + deadline + " and is not recorded as met")));
        as("buyer").get("/api/purchase-requests?review=true&vendor=" + vendor).then().body("id", contains(id));

        String met = "/api/purchase-requests/" + id + "/conditions/0/met";
        as("analyst").body(Map.of("evidence", "Seals fitted")).post(met).then().statusCode(403);
        as("buyer").body(Map.of("evidence", " ")).post(met).then().statusCode(400).body("errors.field", contains("evidence"));
        as("buyer").body(Map.of("evidence", "x")).post("/api/purchase-requests/" + id + "/conditions/99/met").then()
                .statusCode(404);
        for (int i = 0; i < deadlines.size(); i++) {
            as("buyer").body(Map.of("evidence", "Contract clause " + i + " signed")).post("/api/purchase-requests/" + id
                    + "/conditions/" + i + "/met").then().statusCode(200).body("met", is(true))
                    .body("metBy", equalTo("buyer")).body("metAt", notNullValue()).body("overdue", is(false))
                    .body("evidence", equalTo("Contract clause " + i + " signed"));
        }
        as("admin").body(Map.of("evidence", "Again")).post(met).then().statusCode(409)
                .body("detail", containsString("recorded as met by buyer"));
        as("buyer").get(overdue).then().body("$", org.hamcrest.Matchers.empty());
        as("buyer").get("/api/purchase-requests/" + id).then().body("overdueConditions", is(0));
        as("buyer").post("/api/purchase-requests/" + id + "/re-evaluate").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(review.markOverdue()).doesNotContain((long) id);
        // Met conditions of the same name stay met on the new decision, with who recorded them.
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("conditionStatus.metBy", everyItem(equalTo("buyer")));
        as("analyst").get("/api/history/purchase-requests/" + id).then()
                .body("findAll { it.entityType == 'gate-condition' && it.action == 'changed' }.user",
                        everyItem(equalTo("buyer")))
                .body("findAll { it.entityType == 'gate-condition' && it.action == 'changed' }.size()",
                        is(deadlines.size()));
    }
}
