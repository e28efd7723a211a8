package dev.custody.webhooks;

import static dev.custody.webhooks.Webhooks.analyst;
import static dev.custody.webhooks.Webhooks.assessEveryFactor;
import static dev.custody.webhooks.Webhooks.await;
import static dev.custody.webhooks.Webhooks.organization;
import static dev.custody.webhooks.Webhooks.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.gating.GateReview;
import dev.custody.network.Fixtures;
import dev.custody.platform.events.DecisionMarkedForReview;
import dev.custody.platform.events.ImportFinished;
import dev.custody.platform.events.ReportReady;
import dev.custody.security.DemoUsers;
import dev.custody.seeding.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The events fired by today's features reach a subscribed receiver: report ready, import finished, review. */
@QuarkusTest
class WebhookEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    GateReview review;
    @Inject
    TestClock clock;

    private Receiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = Receiver.start().answering(200);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        Webhooks.removeAll();
        receiver.close();
    }

    private JsonPath event(String subject) {
        await(WAIT, "an event about " + subject, () -> !receiver.received(r -> subject.equals(r.json()
                .getString("subject"))).isEmpty());
        return receiver.received(r -> subject.equals(r.json().getString("subject"))).get(0).json();
    }

    @Test
    void shouldAnnounceAReportWhenItIsReady() {
        register(receiver.url(), ReportReady.TYPE);
        long vendor = organization(Fixtures.unique("Dossier vendor"));
        String snapshot = given().auth().preemptive().basic("executive", DemoUsers.DEMO_PASSWORD)
                .queryParam("format", "xlsx").get("/api/reports/vendor/" + vendor).then().statusCode(200).extract()
                .header("X-Report-Snapshot");

        JsonPath event = event("reports/" + snapshot);
        assertThat(event.getString("type")).isEqualTo(ReportReady.TYPE);
        assertThat(event.getMap("data")).containsEntry("kind", "VENDOR").containsEntry("format", "xlsx")
                .containsEntry("generatedBy", "executive");
        assertThat(event.getLong("data.vendorId")).isEqualTo(vendor);
        assertThat(event.getLong("data.snapshotId")).isEqualTo(Long.parseLong(snapshot));
    }

    @Test
    void shouldAnnounceAnImportWrittenAndOneRefused() {
        register(receiver.url(), ImportFinished.TYPE);
        String name = Fixtures.unique("Imported vendor");
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD)
                .multiPart("file", "orgs.csv", ("name,kind,hq_country,ownership\n" + name + ",VENDOR,DE,PRIVATE\n")
                        .getBytes(StandardCharsets.UTF_8)).post("/api/imports").then().statusCode(201);
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD)
                .multiPart("file", "orgs.csv", ("name,kind,hq_country,ownership\n" + name + " 2,VENDOR,XX,PRIVATE\n")
                        .getBytes(StandardCharsets.UTF_8)).post("/api/imports").then().statusCode(422);

        await(WAIT, "two import events", () -> receiver.received().size() == 2);
        List<Map<String, Object>> data = receiver.received().stream().map(r -> r.json().<String, Object>getMap("data"))
                .toList();
        assertThat(data).anySatisfy(d -> assertThat(d).containsEntry("succeeded", true).containsEntry("organizations", 1)
                .containsEntry("supplyLinks", 0).containsEntry("source", "spreadsheet"));
        assertThat(data).anySatisfy(d -> assertThat(d).containsEntry("succeeded", false)
                .containsEntry("organizations", 0).containsEntry("problems", 1));
    }

    @Test
    void shouldAnnounceADecisionMarkedForReviewWhenItsConditionsAreOverdue() {
        register(receiver.url(), DecisionMarkedForReview.TYPE);
        long vendor = analyst().body(Map.of("name", Fixtures.unique("Overdue vendor"), "kind", "VENDOR",
                "hqCountry", "DK", "ownership", "PRIVATE")).post("/api/organizations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assessEveryFactor(vendor, 3);
        JsonPath request = given().auth().preemptive().basic("buyer", DemoUsers.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("vendorId", vendor, "item", "Edge servers", "quantity", 20, "unitPrice", 4000,
                        "criticality", "CRITICAL")).post("/api/purchase-requests").then().statusCode(201).extract()
                .jsonPath();
        assertThat(request.getString("decision.outcome")).isEqualTo("APPROVE_WITH_CONDITIONS");
        long id = request.getLong("id");
        String deadline = request.getString("decision.conditions[0].deadline");
        clock.fixAt(LocalDate.parse(deadline).plusDays(1).atStartOfDay(clock.getZone()).toInstant());

        assertThat(review.markOverdue()).contains(id);

        JsonPath event = event("purchase-requests/" + id);
        assertThat(event.getString("type")).isEqualTo(DecisionMarkedForReview.TYPE);
        assertThat(event.getLong("data.purchaseRequestId")).isEqualTo(id);
        assertThat(event.getLong("data.vendorId")).isEqualTo(vendor);
        assertThat(event.getString("data.reason")).contains("past their deadline").contains(deadline);
    }
}
