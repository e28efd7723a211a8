package dev.custody.gating;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Fixtures;
import dev.custody.network.InsiderFactor;
import dev.custody.scoring.ModelFixtures;
import dev.custody.scoring.ModelStatus;
import dev.custody.security.DemoUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Builds networks and requests through the API as the demo users, so that four-eyes rules see real names. */
final class GatingApi {
    private GatingApi() {
    }

    /**
     * The default scoring model and gate policy in force, as the demo story and the README assume them: a test that
     * activated other parameters (GatePolicyResourceTest does) is undone by a new version holding the defaults.
     */
    static void defaultModelAndPolicy(GatePolicyService policies) {
        ModelFixtures.restoreDefaults();
        if (QuarkusTransaction.requiringNew().call(() -> policies.parameters(policies.active())).equals(GatePolicy.defaults())) {
            return;
        }
        GatePolicyAdmin admin = CDI.current().select(GatePolicyAdmin.class).get();
        QuarkusTransaction.requiringNew().run(() -> GatePolicyVersion.delete("status", ModelStatus.DRAFT));
        GatePolicyVersion draft = admin.createDraft(null, "Defaults again", "test");
        admin.update(draft.version, GatePolicy.defaults(), null, draft.revision);
        admin.activate(draft.version);
        GatePolicy active = QuarkusTransaction.requiringNew().call(() -> policies.parameters(policies.active()));
        assertThat(active).as("the active gate policy holds the defaults").isEqualTo(GatePolicy.defaults());
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, DemoUsers.DEMO_PASSWORD).contentType(ContentType.JSON);
    }

    static long create(String path, Map<String, Object> body) {
        return as("analyst").body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long organization(String kind, String country, String parentCompany) {
        Map<String, Object> body = new HashMap<>(Map.of("name", Fixtures.unique("Gate " + kind), "kind", kind,
                "hqCountry", country, "ownership", "PRIVATE"));
        if (parentCompany != null) {
            body.put("parentCompany", parentCompany);
            body.put("parentCountry", "CN");
        }
        return create("/api/organizations", body);
    }

    static void link(long buyer, long supplier) {
        create("/api/supply-links", Map.of("buyerId", buyer, "supplierId", supplier, "item", "Boards",
                "itemKind", "ASSEMBLY", "share", 0.5, "criticality", "HIGH"));
    }

    static void leg(long vendor, long handler, String country) {
        create("/api/custody-legs", Map.of("vendorId", vendor, "sequence", 1, "kind", "CARRIER", "handlerId", handler,
                "country", country, "seals", true, "tracking", true, "escort", false));
    }

    /** An assessment today rating every factor the same, sub-tier visibility apart. */
    static void assess(long organization, int rating, int visibility) {
        Map<String, Object> factors = new HashMap<>();
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor.name(), factor == InsiderFactor.SUBTIER_VISIBILITY ? visibility : rating);
        }
        create("/api/assessments", Map.of("organizationId", organization, "assessor", "Gate test",
                "assessedOn", LocalDate.now().toString(), "factors", factors));
    }

    static Map<String, Object> request(long vendor, String criticality) {
        return Map.of("vendorId", vendor, "item", "Edge servers", "quantity", 20, "unitPrice", 4000,
                "criticality", criticality);
    }

    static ValidatableResponse submit(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/purchase-requests").then();
    }
}
