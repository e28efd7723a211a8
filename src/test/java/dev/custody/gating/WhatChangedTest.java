package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.assess;
import static dev.custody.gating.GatingApi.organization;
import static dev.custody.gating.GatingApi.request;
import static dev.custody.gating.GatingApi.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A decision marked for review says what changed since it was made; a policy draft previews its effect. */
@QuarkusTest
class WhatChangedTest {

    @Test
    void shouldSayWhatChangedSinceTheDecisionAndReevaluateIntoANewLinkedDecision() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 0, 0);
        int id = submit("buyer", request(vendor, "CRITICAL")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE")).extract().path("id");
        JsonPath first = as("buyer").get("/api/purchase-requests/" + id).then().extract().jsonPath();
        float then = first.getFloat("decision.inherited");
        int policy = first.getInt("decision.policyVersion");
        int model = first.getInt("decision.modelVersion");
        as("buyer").get("/api/purchase-requests/" + id + "/what-changed").then().statusCode(200)
                .body("$", hasItem(String.format(Locale.ROOT, "The vendor's inherited score is %.1f (low risk), as when "
                        + "the decision was made.", then)))
                .body("$", hasItem("Gate policy version " + policy + ", used for the decision, is still the active one."))
                .body("$", hasItem("Scoring model version " + model + ", used for the score, is still the active one."))
                .body("$", hasItem(containsString("The re-evaluation period of " + as("buyer").get("/api/gate-policies/"
                        + policy).then().extract().path("parameters.reevaluationMonths") + " months ends on ")));

        // Every factor 3 now: R = 30.8, past CRITICAL's approve threshold of 30.
        assess(vendor, 3, 0);
        as("admin").post("/api/gate-decisions/review").then().statusCode(200).body("$", hasItem(id));
        JsonPath marked = as("buyer").get("/api/purchase-requests/" + id).then()
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS"))
                .body("reviewReason", containsString("past a threshold")).extract().jsonPath();
        float now = marked.getFloat("decision.inherited");
        List<String> changes = as("buyer").get("/api/purchase-requests/" + id + "/what-changed").then().statusCode(200)
                .extract().jsonPath().getList("$");
        org.assertj.core.api.Assertions.assertThat(changes)
                .contains(String.format(Locale.ROOT, "The vendor's inherited score was %.1f (low risk) when the decision "
                        + "was made and is %.1f (medium risk) now.", then, now))
                .anyMatch(c -> c.startsWith("Since decision " + first.getInt("decision.id") + " of "))
                .anyMatch(c -> c.contains("evaluated the request again") && c.endsWith("approve with conditions."));

        as("buyer").post("/api/purchase-requests/" + id + "/re-evaluate").then().statusCode(200)
                .body("kind", equalTo("REEVALUATION")).body("previousId", is(marked.getInt("decision.id")));
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("decisions.kind", contains("EVALUATION", "REEVALUATION", "REEVALUATION"))
                .body("decisions[0].outcome", equalTo("APPROVE"))
                .body("decisions[0].inherited", is(then));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPreviewADraftOnOpenRequestsWithoutWritingAnything() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 3, 0);
        int id = submit("buyer", request(vendor, "LOW")).statusCode(201).body("decision.outcome", equalTo("APPROVE"))
                .extract().path("id");
        int overridden = submit("buyer", request(vendor, "LOW")).statusCode(201).extract().path("id");
        as("approver").body(Map.of("outcome", "REJECT", "justification", "The board stopped this purchase"))
                .post("/api/purchase-requests/" + overridden + "/override").then().statusCode(200);
        int previous = as("buyer").get("/api/gate-policies/active").then().extract().path("version");
        var created = as("admin").queryParam("note", "Strict low").post("/api/gate-policies").then().statusCode(201)
                .extract();
        int version = created.path("version");
        Map<String, Object> parameters = created.path("parameters");
        Map<String, Object> low = (Map<String, Object>) ((Map<String, Object>) parameters.get("thresholds")).get("LOW");
        low.put("approveBelow", 5);
        low.put("rejectAbove", 10);
        as("admin").body(Map.of("parameters", parameters, "revision", 0)).put("/api/gate-policies/" + version)
                .then().statusCode(200);
        try {
            int decisions = as("buyer").get("/api/gate-decisions").then().extract().jsonPath().getList("$").size();
            String path = "/api/gate-policies/" + version + "/preview";
            as("buyer").get(path).then().statusCode(403);
            JsonPath preview = as("admin").get(path).then().statusCode(200).body("version", is(version))
                    .body("requests.find { it.id == " + id + " }.from", equalTo("APPROVE"))
                    .body("requests.find { it.id == " + id + " }.to", equalTo("REJECT"))
                    .extract().jsonPath();
            org.assertj.core.api.Assertions.assertThat(preview.getList("requests.id", Integer.class))
                    .as("an override stays in force").doesNotContain(overridden);
            org.assertj.core.api.Assertions.assertThat(preview.getInt("keptByOverride")).isPositive();
            int changed = preview.getInt("changed");
            org.assertj.core.api.Assertions.assertThat(changed).isEqualTo(preview.getList("requests").size())
                    .isLessThanOrEqualTo(preview.getInt("open"));
            int toReject = preview.getInt("matrix.findAll { it.from == 'APPROVE' && it.to == 'REJECT' }.sum { it.count }");
            org.assertj.core.api.Assertions.assertThat(toReject).isPositive();
            int matrixTotal = preview.getInt("matrix.sum { it.count }");
            org.assertj.core.api.Assertions.assertThat(matrixTotal).isEqualTo(preview.getInt("open"));

            as("buyer").get("/api/gate-decisions").then().body("$", hasSize(decisions));
            as("buyer").get("/api/purchase-requests/" + id).then().body("decisions", hasSize(1))
                    .body("decision.outcome", equalTo("APPROVE")).body("reviewReason", org.hamcrest.Matchers.nullValue());
            as("admin").get("/api/gate-policies/" + version).then().body("status", equalTo("DRAFT"));
            as("admin").accept("text/html").get("/admin/gate-policies/" + version + "/preview").then().statusCode(200)
                    .body(containsString(changed + " of " + preview.getInt("open") + " open requests would change outcome"))
                    .body(containsString("href=\"/purchase-requests/" + id + "\""))
                    .body(containsString("the new policy does not undo an override"));
            as("admin").accept("text/html").get("/admin/gate-policies/" + version).then().statusCode(200)
                    .body(containsString("href=\"/admin/gate-policies/" + version + "/preview\""));
        } finally {
            // Leave no draft behind and the previous thresholds active.
            int restore = as("admin").queryParam("from", previous).post("/api/gate-policies").then().statusCode(409)
                    .extract().statusCode();
            org.assertj.core.api.Assertions.assertThat(restore).isEqualTo(409);
            as("admin").body(Map.of("parameters", ((Map<String, Object>) as("admin").get("/api/gate-policies/" + previous)
                    .then().extract().path("parameters")), "revision", 1)).put("/api/gate-policies/" + version)
                    .then().statusCode(200);
            as("admin").post("/api/gate-policies/" + version + "/activate").then().statusCode(200);
        }
    }
}
