package dev.custody.e2e;

import static io.restassured.RestAssured.given;

import dev.custody.network.Fixtures;
import dev.custody.network.InsiderFactor;
import dev.custody.security.DemoUsers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The small networks the journeys walk through, built through the API as the demo analyst before the browser
 * starts, so that they do not depend on how the demo network scores.
 */
final class JourneyNetwork {
    private JourneyNetwork() {
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, DemoUsers.DEMO_PASSWORD).contentType(ContentType.JSON);
    }

    /** A privately owned organization with a unique name; returns its id. */
    static long organization(String name, String kind, String country) {
        return post("/api/organizations", Map.of("name", name, "kind", kind, "hqCountry", country, "ownership", "PRIVATE"));
    }

    static String name(long organization) {
        return as("analyst").get("/api/organizations/" + organization).then().statusCode(200).extract().path("name");
    }

    /** The supplier makes all of the buyer's boards: share 1, critical. */
    static void boards(long buyer, long supplier) {
        post("/api/supply-links", Map.of("buyerId", buyer, "supplierId", supplier, "item", "Main boards",
                "itemKind", "ASSEMBLY", "share", 1.0, "criticality", "CRITICAL"));
    }

    /** The last custody leg, handled in a country, with seals and tracking but no escort. */
    static void carrier(long vendor, String country) {
        long handler = organization(Fixtures.unique("Journey Freight"), "LOGISTICS_PROVIDER", "DK");
        post("/api/custody-legs", Map.of("vendorId", vendor, "sequence", 1, "kind", "CARRIER", "handlerId", handler,
                "country", country, "seals", true, "tracking", true, "escort", false));
    }

    /** An assessment made today rating every factor the same, except sub-tier visibility; returns its id. */
    static long assessment(long organization, int rating, int subTierVisibility) {
        Map<InsiderFactor, Integer> factors = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor, rating);
        }
        factors.put(InsiderFactor.SUBTIER_VISIBILITY, subTierVisibility);
        return post("/api/assessments", Map.of("organizationId", organization, "assessor", "Journey set-up",
                "assessedOn", LocalDate.now().toString(), "factors", factors));
    }

    /** The names in the safeguard catalogue. */
    static List<String> safeguards() {
        return as("analyst").get("/api/safeguards").then().statusCode(200).extract().jsonPath().getList("name");
    }

    /** The decision in force of a purchase request, as the API reports it. */
    static String outcome(long request) {
        return as("buyer").get("/api/purchase-requests/" + request).then().statusCode(200).extract()
                .path("decision.outcome");
    }

    private static long post(String path, Object body) {
        return as("analyst").body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
