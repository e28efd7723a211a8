package dev.custody.gating;

import static dev.custody.gating.GatingApi.as;
import static dev.custody.gating.GatingApi.assess;
import static dev.custody.gating.GatingApi.leg;
import static dev.custody.gating.GatingApi.link;
import static dev.custody.gating.GatingApi.organization;
import static dev.custody.gating.GatingApi.request;
import static dev.custody.gating.GatingApi.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PurchaseRequestResourceTest {

    @Test
    void shouldRejectAVendorWithARestrictedSubcontractorThreeTiersDownAndNameThePath() {
        long vendor = organization("VENDOR", "DK", null);
        long manufacturer = organization("CONTRACT_MANUFACTURER", "TW", null);
        long supplier = organization("COMPONENT_SUPPLIER", "TW", "Huawei Technologies Co., Ltd.");
        int policy = as("buyer").get("/api/gate-policies/active").then().statusCode(200).extract().path("version");
        link(vendor, manufacturer);
        link(manufacturer, supplier);
        assess(vendor, 0, 0);
        JsonPath body = submit("buyer", request(vendor, "LOW")).statusCode(201)
                .body("decision.outcome", equalTo("REJECT"))
                .body("decision.kind", equalTo("EVALUATION"))
                .body("decision.policyVersion", is(policy))
                .body("decision.modelVersion", notNullValue())
                .body("decision.rules.rule", hasItem("restricted-party"))
                .body("decision.conditions", hasSize(0))
                .body("requester", equalTo("buyer"))
                .extract().jsonPath();
        String text = body.getString("decision.rules.find { it.rule == 'restricted-party' }.text");
        String vendorName = as("buyer").get("/api/organizations/" + vendor).then().extract().path("name");
        String supplierName = as("buyer").get("/api/organizations/" + supplier).then().extract().path("name");
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith(supplierName + " in the tier tree (" + vendorName + " → "),
                text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("is owned by Huawei Technologies Company"), text);
    }

    @Test
    void shouldRejectAnEmbargoedCountryInTheCustodyChain() {
        long vendor = organization("VENDOR", "DK", null);
        long carrier = organization("LOGISTICS_PROVIDER", "DK", null);
        leg(vendor, carrier, "IR");
        assess(vendor, 0, 0);
        submit("buyer", request(vendor, "LOW")).statusCode(201)
                .body("decision.outcome", equalTo("REJECT"))
                .body("decision.rules.find { it.rule == 'embargoed-country' }.text",
                        containsString("custody chain"))
                .body("decision.rules.find { it.rule == 'embargoed-country' }.text", containsString("(IR)"));
    }

    @Test
    void shouldApproveAWellAssessedVendorAndAskSafeguardsOfTheSameVendorForACriticalDeployment() {
        long vendor = organization("VENDOR", "DK", null);
        // Every factor 3 but full visibility: I = 30/44 = 68.2, R = 0.35 * 10 + 0.40 * 68.2 = 30.8.
        assess(vendor, 3, 0);
        submit("buyer", request(vendor, "HIGH")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE"))
                .body("decision.rules.rule", contains("approve-threshold"))
                .body("decision.inherited", lessThan(40f));
        int critical = submit("buyer", request(vendor, "CRITICAL")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS"))
                .body("decision.inherited", greaterThanOrEqualTo(30f))
                .body("decision.residual", lessThan(30f))
                // 20 servers at 4,000 are worth 80,000 a year: the safeguards cost more than 25 % of it.
                .body("decision.rules.rule", contains("safeguards-required", "conditions-not-viable"))
                .body("decision.viability.viable", is(false))
                .body("decision.viability.limitPercent", is(25.0f))
                .body("decision.viability.cheaperPaths.kind", hasItem("override"))
                .body("decision.viability.cheaperPaths.find { it.kind == 'criticality' }.criticality",
                        equalTo("HIGH"))
                .body("decision.conditions.kind", everyItem(equalTo("safeguard")))
                .body("decision.conditions.owner", everyItem(equalTo("buyer")))
                .body("decision.conditions.deadline", everyItem(notNullValue()))
                .body("decision.conditions.safeguardId", everyItem(notNullValue())).extract().path("id");
        // The buyer's page: the total value, the conditions not viable, and the cheaper paths named.
        as("buyer").accept("text/html").get("/purchase-requests/" + critical).then().statusCode(200)
                .body(containsString("id=\"request-total\">80,000.00 "))
                .body(containsString("not viable"))
                .body(containsString("Deployed at high criticality, the purchase is approved without conditions."))
                .body(containsString("data-kind=\"override\""));
    }

    @Test
    void shouldAskForASubTierMappingWhenVisibilityIsTooLow() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 0, 3);
        submit("buyer", request(vendor, "HIGH")).statusCode(201)
                .body("decision.outcome", equalTo("APPROVE_WITH_CONDITIONS"))
                .body("decision.conditions.kind", contains("sub-tier-mapping"))
                .body("decision.rules[0].text", containsString("25 %, below the 50 %"));
    }

    @Test
    void shouldAnswerTheSameDecisionForARepeatedIdempotencyKey() {
        long vendor = organization("VENDOR", "DK", null);
        String key = "po-" + vendor;
        int first = as("buyer").header("Idempotency-Key", key).body(request(vendor, "LOW")).post("/api/purchase-requests")
                .then().statusCode(201).extract().path("id");
        int before = as("buyer").get("/api/gate-decisions").then().extract().jsonPath().getList("$").size();
        as("buyer").header("Idempotency-Key", key).body(request(vendor, "HIGH")).post("/api/purchase-requests")
                .then().statusCode(200).body("id", is(first)).body("criticality", equalTo("LOW"))
                .body("decisions", hasSize(1));
        as("buyer").get("/api/gate-decisions").then().body("$", hasSize(before));
        // Another user's key is another request.
        as("approver").header("Idempotency-Key", key).body(request(vendor, "LOW")).post("/api/purchase-requests")
                .then().statusCode(201);
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        Map<String, Object> bad = new HashMap<>(Map.of("vendorId", 999999, "item", " ", "quantity", 0, "unitPrice", -1));
        as("buyer").body(bad).post("/api/purchase-requests").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("item", "quantity", "unitPrice", "criticality"));
        as("buyer").body(request(999999, "LOW")).post("/api/purchase-requests").then().statusCode(400)
                .body("errors.field", contains("vendorId"));
    }

    @Test
    void shouldLetOnlyASecondPersonWithTheApproverRoleOverride() {
        int id = GatingApi.scoreRejected("buyer");
        String path = "/api/purchase-requests/" + id + "/override";
        Map<String, Object> grant = Map.of("outcome", "APPROVE", "justification", "Sole source for the spare part");
        as("buyer").body(grant).post(path).then().statusCode(403);
        as("analyst").body(grant).post(path).then().statusCode(403);
        as("approver").body(Map.of("outcome", "APPROVE", "justification", " ")).post(path).then().statusCode(400)
                .body("errors.field", contains("justification"));
        as("approver").body(grant).post(path).then().statusCode(200)
                .body("kind", equalTo("OVERRIDE")).body("outcome", equalTo("APPROVE")).body("decidedBy", equalTo("approver"))
                .body("justification", equalTo("Sole source for the spare part"))
                .body("rules.rule", hasItem("reject-threshold"))
                .body("label", equalTo("Approved by override"))
                .body("rules.find { it.rule == 'override' }.text", containsString("approver overrode reject with approve"));
        as("approver").body(Map.of("outcome", "REJECT", "justification", "Changed my mind")).post(path).then()
                .statusCode(403).body("detail", containsString("You made the decision in force"));
        as("admin").body(grant).post(path).then().statusCode(409).body("detail", containsString("already approve"));
        as("buyer").get("/api/purchase-requests/" + id).then().statusCode(200)
                .body("decision.outcome", equalTo("APPROVE"))
                .body("decisions.kind", contains("EVALUATION", "OVERRIDE"));
    }

    @Test
    void shouldLetOnlyAnAdministratorNamingTheLegalBasisOverrideALegalBlock() {
        long vendor = organization("VENDOR", "DK", null);
        leg(vendor, organization("LOGISTICS_PROVIDER", "DK", null), "KP");
        int id = submit("buyer", request(vendor, "LOW")).statusCode(201).body("decision.outcome", equalTo("REJECT"))
                .extract().path("id");
        String path = "/api/purchase-requests/" + id + "/override";
        Map<String, Object> grant = Map.of("outcome", "APPROVE", "justification", "Humanitarian shipment");
        as("approver").body(grant).post(path).then().statusCode(403).body("detail", containsString("legal block"));
        as("buyer").body(Map.of("outcome", "APPROVE", "reason", "Sole source"))
                .post("/api/purchase-requests/" + id + "/override-requests").then().statusCode(409)
                .body("detail", containsString("legal block"));
        as("admin").body(grant).post(path).then().statusCode(400).body("errors.field", contains("legalBasis"));
        as("buyer").get("/api/purchase-requests/" + id).then().body("decision.kind", equalTo("EVALUATION"));
        as("admin").body(Map.of("outcome", "APPROVE", "justification", "Humanitarian shipment",
                "legalBasis", "OFAC general licence 21")).post(path).then().statusCode(200)
                .body("legalBasis", equalTo("OFAC general licence 21")).body("label", equalTo("Approved by override"))
                .body("rules.find { it.rule == 'override' }.text", containsString("Legal basis: OFAC general licence 21"));
    }

    @Test
    void shouldRefuseTheRequesterOwnOverrideEvenWithTheApproverRole() {
        long vendor = organization("VENDOR", "DK", null);
        int id = submit("approver", request(vendor, "HIGH")).statusCode(201).extract().path("id");
        as("approver").body(Map.of("outcome", "REJECT", "justification", "Self")).post("/api/purchase-requests/" + id
                + "/override").then().statusCode(403).body("detail", containsString("You raised this request"));
    }

    @Test
    void shouldReevaluateWhenTheVendorsScoreCrossesAThreshold() {
        long vendor = organization("VENDOR", "DK", null);
        assess(vendor, 0, 0);
        int id = submit("buyer", request(vendor, "HIGH")).statusCode(201).body("decision.outcome", equalTo("APPROVE"))
                .extract().path("id");
        as("admin").post("/api/gate-decisions/review").then().statusCode(200).body("$", org.hamcrest.Matchers.not(hasItem(id)));
        leg(vendor, organization("LOGISTICS_PROVIDER", "DK", null), "SY");
        as("buyer").post("/api/gate-decisions/review").then().statusCode(403);
        as("admin").post("/api/gate-decisions/review").then().statusCode(200).body("$", hasItem(id));
        as("buyer").get("/api/purchase-requests/" + id).then()
                .body("decisions.kind", contains("EVALUATION", "REEVALUATION"))
                .body("decision.decidedBy", equalTo("system"))
                .body("decision.outcome", equalTo("REJECT"))
                .body("reviewReason", containsString("changed from approve to reject"));
        as("buyer").get("/api/purchase-requests?review=true").then().body("id", hasItem(id));
        as("buyer").post("/api/purchase-requests/" + id + "/re-evaluate").then().statusCode(200)
                .body("kind", equalTo("REEVALUATION")).body("decidedBy", equalTo("buyer"));
        as("buyer").get("/api/purchase-requests/" + id).then().body("reviewReason", nullValue());
    }

    @Test
    void shouldAnswerConcurrentCallsWithTheSameIdempotencyKeyWithOneRequest() throws Exception {
        long vendor = organization("VENDOR", "DK", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String key = "race-" + UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> calls = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return as("buyer").header("Idempotency-Key", key).body(request(vendor, "LOW"))
                                .post("/api/purchase-requests");
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                Set<Integer> ids = new HashSet<>();
                for (var call : calls) {
                    Response answer = call.get(2, TimeUnit.MINUTES);
                    statuses.add(answer.statusCode());
                    ids.add(answer.jsonPath().getInt("id"));
                }
                assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
                assertThat(ids).hasSize(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
