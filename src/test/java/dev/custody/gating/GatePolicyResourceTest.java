package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatePolicyResourceTest {

    @Test
    void shouldServeTheDefaultsAsVersionOne() {
        as("buyer").get("/api/gate-policies/1").then().statusCode(200)
                .body("parameters.thresholds.HIGH.approveBelow", is(40.0f))
                .body("parameters.thresholds.CRITICAL.rejectAbove", is(65.0f))
                .body("parameters.thresholds.CRITICAL.minVisibility", is(75))
                .body("parameters.reevaluationMonths", is(12))
                .body("parameters.blockRestrictedParties", is(true));
        as("executive").get("/api/gate-policies").then().statusCode(200).body("version", hasItem(1));
        as("buyer").get("/api/gate-policies/999").then().statusCode(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDraftCheckAndActivateANewVersionThatNewDecisionsUse() {
        as("buyer").post("/api/gate-policies").then().statusCode(403);
        var created = as("admin").queryParam("note", "Longer period").post("/api/gate-policies").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("note", equalTo("Longer period")).extract();
        int version = created.path("version");
        Map<String, Object> parameters = created.path("parameters");
        as("admin").post("/api/gate-policies").then().statusCode(409);

        Map<String, Object> thresholds = (Map<String, Object>) parameters.get("thresholds");
        Map<String, Object> high = (Map<String, Object>) thresholds.get("HIGH");
        high.put("approveBelow", 120);
        as("admin").body(Map.of("parameters", parameters, "revision", 0)).put("/api/gate-policies/" + version)
                .then().statusCode(400);
        high.put("approveBelow", 40);
        parameters.put("reevaluationMonths", 24);
        as("admin").body(Map.of("parameters", parameters)).put("/api/gate-policies/" + version).then().statusCode(428);
        as("admin").body(Map.of("parameters", parameters, "revision", 0)).put("/api/gate-policies/" + version)
                .then().statusCode(200).body("parameters.reevaluationMonths", is(24));
        as("admin").post("/api/gate-policies/" + version + "/activate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("buyer").get("/api/gate-policies/active").then().body("version", is(version));
        as("admin").body(Map.of("parameters", parameters, "revision", 1)).put("/api/gate-policies/" + version)
                .then().statusCode(409);

        long vendor = GatingApi.organization("VENDOR", "DK", null);
        GatingApi.submit("buyer", GatingApi.request(vendor, "LOW")).statusCode(201)
                .body("decision.policyVersion", is(version));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldReevaluateEarlierDecisionsOnActivationAndMarkThoseWhoseOutcomeChanged() {
        long vendor = GatingApi.organization("VENDOR", "DK", null);
        // Every factor 3, full visibility: R = 30.8, under HIGH's approve threshold 40, above CRITICAL's 30.
        GatingApi.assess(vendor, 3, 0);
        int conditional = GatingApi.submit("buyer", GatingApi.request(vendor, "CRITICAL")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS")).extract().path("id");
        int approved = GatingApi.submit("buyer", GatingApi.request(vendor, "HIGH")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE")).extract().path("id");
        int previous = as("buyer").get("/api/gate-policies/active").then().extract().path("version");

        var created = as("admin").queryParam("note", "Laxer critical").post("/api/gate-policies").then()
                .statusCode(201).extract();
        int version = created.path("version");
        Map<String, Object> parameters = created.path("parameters");
        ((Map<String, Object>) ((Map<String, Object>) parameters.get("thresholds")).get("CRITICAL"))
                .put("approveBelow", 35);
        as("admin").body(Map.of("parameters", parameters, "revision", 0)).put("/api/gate-policies/" + version)
                .then().statusCode(200);
        try {
            var answer = as("admin").post("/api/gate-policies/" + version + "/activate").then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("version", is(version))
                    .body("reevaluated", greaterThanOrEqualTo(2)).body("markedForReview", greaterThanOrEqualTo(1))
                    .extract();
            int reevaluated = answer.path("reevaluated");
            int marked = answer.path("markedForReview");
            org.junit.jupiter.api.Assertions.assertTrue(marked <= reevaluated, marked + " > " + reevaluated);
            as("buyer").get("/api/purchase-requests/" + conditional).then()
                    .body("decision.outcome", equalTo("APPROVE")).body("decision.policyVersion", is(version))
                    .body("decisions.kind", contains("EVALUATION", "REEVALUATION"))
                    .body("reviewReason", containsString("Gate policy version " + version + " was activated"))
                    .body("reviewReason", containsString("changed from approve with conditions to approve"));
            as("buyer").get("/api/purchase-requests/" + approved).then()
                    .body("decision.outcome", equalTo("APPROVE")).body("decision.policyVersion", is(version))
                    .body("reviewReason", nullValue());
        } finally {
            // Give the tests that follow the previous thresholds back.
            int restore = as("admin").queryParam("from", previous).post("/api/gate-policies").then().statusCode(201)
                    .extract().path("version");
            as("admin").post("/api/gate-policies/" + restore + "/activate").then().statusCode(200);
        }
    }
}
