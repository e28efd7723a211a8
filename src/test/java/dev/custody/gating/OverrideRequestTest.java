package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.leg;
import static dev.custody.gating.GatingApi.organization;
import static dev.custody.gating.GatingApi.request;
import static dev.custody.gating.GatingApi.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Override requests: asked by procurement, answered by a second person with the approver role, in the audit trail. */
@QuarkusTest
class OverrideRequestTest {

    /** A request the gate rejects: the vendor ships through North Korea. */
    static int rejected(String requester) {
        long vendor = organization("VENDOR", "DK", null);
        leg(vendor, organization("LOGISTICS_PROVIDER", "DK", null), "KP");
        return submit(requester, request(vendor, "LOW")).statusCode(201).body("decision.outcome", equalTo("REJECT"))
                .extract().path("id");
    }

    static String asks(int id) {
        return "/api/purchase-requests/" + id + "/override-requests";
    }

    @Test
    void shouldLetProcurementAskAndASecondPersonGrantWithAnAuditTrail() {
        int id = rejected("buyer");
        int evaluation = as("buyer").get("/api/purchase-requests/" + id).then().extract().path("decision.id");
        Map<String, Object> ask = Map.of("outcome", "APPROVE", "reason", "Sole source for the spare part");
        as("analyst").body(ask).post(asks(id)).then().statusCode(403);
        as("buyer").body(Map.of("outcome", "APPROVE", "reason", " ")).post(asks(id)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        as("buyer").body(Map.of("outcome", "REJECT", "reason", "Same")).post(asks(id)).then().statusCode(409)
                .body("detail", containsString("already reject"));
        int asked = as("buyer").body(ask).post(asks(id)).then().statusCode(201)
                .body("requestedBy", equalTo("buyer")).body("decisionId", is(evaluation))
                .body("granted", nullValue()).extract().path("id");
        as("buyer").body(ask).post(asks(id)).then().statusCode(409).body("detail", containsString("waiting"));
        as("buyer").get("/api/purchase-requests?state=OVERRIDE_REQUESTED").then().statusCode(200)
                .body("id", hasItem(id));
        as("buyer").get("/api/purchase-requests/" + id).then().body("overrideRequested", is(true));

        Map<String, Object> answer = Map.of("justification", "Approved by the CISO for one delivery");
        as("buyer").body(answer).post("/api/override-requests/" + asked + "/grant").then().statusCode(403);
        as("approver").body(Map.of("justification", "")).post("/api/override-requests/" + asked + "/grant").then()
                .statusCode(400).body("errors.field", contains("justification"));
        JsonPath granted = as("approver").body(answer).post("/api/override-requests/" + asked + "/grant").then()
                .statusCode(200).body("granted", is(true)).body("answeredBy", equalTo("approver"))
                .body("answeredAt", notNullValue()).body("overrideDecisionId", notNullValue()).extract().jsonPath();
        as("admin").body(answer).post("/api/override-requests/" + asked + "/refuse").then().statusCode(409)
                .body("detail", containsString("answered already"));
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("decision.kind", equalTo("OVERRIDE")).body("decision.outcome", equalTo("APPROVE"))
                .body("decision.id", is(granted.getInt("overrideDecisionId")))
                .body("decision.previousId", is(evaluation))
                .body("decision.justification", equalTo("Approved by the CISO for one delivery"))
                .body("overrideRequested", is(false))
                .body("overrideRequests[0].granted", is(true));
        as("buyer").get("/api/purchase-requests?state=OVERRIDE_REQUESTED").then().body("id", not(hasItem(id)));

        JsonPath history = as("analyst").get("/api/history/purchase-requests/" + id).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> grants = history.getList("findAll { it.entityType == 'override-answer' }");
        org.junit.jupiter.api.Assertions.assertEquals(1, grants.size(), grants::toString);
        org.junit.jupiter.api.Assertions.assertEquals("approver", grants.get(0).get("user"));
        org.junit.jupiter.api.Assertions.assertNotNull(grants.get(0).get("at"));
        org.junit.jupiter.api.Assertions.assertEquals("created", grants.get(0).get("action"));
        as("analyst").get("/api/history/purchase-requests/" + id).then()
                .body("findAll { it.entityType == 'override-request' }.user", contains("buyer"))
                .body("findAll { it.entityType == 'gate-decision' }.user", contains("approver", "buyer"));
        as("analyst").get("/api/history/override-request/" + asked).then().statusCode(200)
                .body("[0].user", equalTo("buyer")).body("[0].entityLabel", containsString("for APPROVE"));
    }

    @Test
    void shouldRefuseAnswersFromWhoeverAskedOrRaisedTheRequest() {
        // The approver asks on the buyer's request: the approver cannot answer it, the admin can.
        int id = rejected("buyer");
        int asked = as("approver").body(Map.of("outcome", "APPROVE", "reason", "Mine to ask")).post(asks(id)).then()
                .statusCode(201).extract().path("id");
        Map<String, Object> answer = Map.of("justification", "Looks fine to me");
        as("approver").body(answer).post("/api/override-requests/" + asked + "/grant").then().statusCode(403)
                .body("detail", containsString("You asked for this override"));
        as("approver").body(answer).post("/api/override-requests/" + asked + "/refuse").then().statusCode(403);
        as("admin").body(Map.of("justification", "No exception for embargoed routes")).post("/api/override-requests/"
                + asked + "/refuse").then().statusCode(200).body("granted", is(false))
                .body("answeredBy", equalTo("admin")).body("overrideDecisionId", nullValue());
        as("buyer").get("/api/purchase-requests/" + id).then().body("decision.outcome", equalTo("REJECT"))
                .body("decisions.kind", contains("EVALUATION"));

        // The approver raised the request; the buyer may not ask on it (not theirs), the admin asks; the approver
        // still cannot grant it.
        int own = rejected("approver");
        as("buyer").body(Map.of("outcome", "APPROVE", "reason", "Urgent")).post(asks(own)).then().statusCode(403)
                .body("detail", containsString("approver raised this request; only they, an approver or an admin"));
        int ownAsk = as("admin").body(Map.of("outcome", "APPROVE", "reason", "Urgent")).post(asks(own)).then()
                .statusCode(201).extract().path("id");
        as("approver").body(answer).post("/api/override-requests/" + ownAsk + "/grant").then().statusCode(403)
                .body("detail", containsString("You raised this request"));
        as("buyer").post("/api/override-requests/999999/grant").then().statusCode(403);
        as("admin").body(answer).post("/api/override-requests/999999/grant").then().statusCode(404);
    }
}
