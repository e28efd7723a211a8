package dev.custody.economics.engagement;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import dev.custody.network.Fixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
class SafeguardResourceTest {
    static final String SAFEGUARDS = "/api/safeguards";

    static Map<String, Object> safeguard(String name) {
        return Map.ofEntries(Map.entry("name", name), Map.entry("description", "Checks every board"),
                Map.entry("controlId", "SR-10"), Map.entry("effectivenessLow", 0.2),
                Map.entry("effectivenessExpected", 0.4), Map.entry("effectivenessHigh", 0.6),
                Map.entry("costOneTime", 30000), Map.entry("costAnnual", 10000), Map.entry("costPerUnit", 2.5),
                Map.entry("currency", "USD"), Map.entry("scenarios", List.of("hardware-implant", "counterfeit-component")));
    }

    @Test
    void shouldCreateReadUpdateAndDelete() {
        String name = Fixtures.unique("Board check");
        long id = create(SAFEGUARDS, safeguard(name));
        given().get(SAFEGUARDS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("controlId", equalTo("SR-10"))
                .body("scenarios", containsInAnyOrder("hardware-implant", "counterfeit-component"));
        given().get(SAFEGUARDS).then().statusCode(200).body("name", hasItem(name));

        put(SAFEGUARDS + "/" + id, with(safeguard(name), "controlId", "SR-11(1)", "scenarios",
                List.of("malicious-firmware")), 0L)
                .statusCode(200).header("ETag", "\"1\"").body("controlId", equalTo("SR-11(1)"))
                .body("scenarios", containsInAnyOrder("malicious-firmware"));
        problem(put(SAFEGUARDS + "/" + id, safeguard(name), 0L), 409);
        problem(given().delete(SAFEGUARDS + "/" + id).then(), 428);
        Fixtures.delete(SAFEGUARDS + "/" + id).statusCode(204);
        problem(given().get(SAFEGUARDS + "/" + id).then(), 404);
    }

    @Test
    void shouldListTheSeededCatalogueWithItsControls() {
        given().get(SAFEGUARDS).then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(10))
                .body("controlId", hasItems("SR-9", "SR-10", "SR-11", "SR-3", "SR-5", "SR-6", "SI-7"))
                .body("name", hasItems("Incoming X-ray inspection of boards", "Escorted transport"));
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        String name = Fixtures.unique("Refused");
        problem(post(SAFEGUARDS, with(safeguard(name), "costAnnual", -1, "costPerUnit", -0.5)), 400,
                "costAnnual", "costPerUnit");
        problem(post(SAFEGUARDS, with(safeguard(name), "effectivenessLow", 0.5, "effectivenessExpected", 0.4)), 400,
                "effectivenessExpected");
        problem(post(SAFEGUARDS, with(safeguard(name), "effectivenessHigh", 0.3)), 400, "effectivenessHigh");
        problem(post(SAFEGUARDS, with(safeguard(name), "effectivenessHigh", 1.2)), 400, "effectivenessHigh");
        problem(post(SAFEGUARDS, with(safeguard(name), "currency", "XYZ")), 400, "currency");
        problem(post(SAFEGUARDS, with(safeguard(name), "controlId", "tamper")), 400, "controlId");
        problem(post(SAFEGUARDS, with(safeguard(name), "scenarios", List.of("alien-abduction"))), 400, "scenarios");
        problem(post(SAFEGUARDS, with(safeguard(name), "scenarios", List.of())), 400, "scenarios");
        given().get(SAFEGUARDS).then().body("name", not(hasItem(name)));
    }

    @Test
    void shouldRefuseADuplicateName() {
        String name = Fixtures.unique("Twice");
        create(SAFEGUARDS, safeguard(name));
        problem(post(SAFEGUARDS, safeguard(name.toUpperCase())), 409, "name");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLetOnlyAdminsEditTheCatalogue() {
        long any = given().get(SAFEGUARDS).then().statusCode(200).extract().jsonPath().getLong("[0].id");
        problem(post(SAFEGUARDS, safeguard(Fixtures.unique("Analyst's"))), 403);
        problem(put(SAFEGUARDS + "/" + any, safeguard(Fixtures.unique("Analyst's")), 0L), 403);
        problem(given().header("If-Match", "\"0\"").delete(SAFEGUARDS + "/" + any).then(), 403);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetEveryRoleRead() {
        given().get(SAFEGUARDS).then().statusCode(200);
        given().get("/api/threat-scenarios").then().statusCode(200)
                .body("key", org.hamcrest.Matchers.contains("hardware-implant", "transit-tampering",
                        "counterfeit-component", "malicious-firmware"))
                .body("defaultShare", org.hamcrest.Matchers.contains(0.4f, 0.25f, 0.2f, 0.15f));
    }
}
