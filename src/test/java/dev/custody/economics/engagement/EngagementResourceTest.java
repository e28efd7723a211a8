package dev.custody.economics.engagement;

import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class EngagementResourceTest {

    static String path(long organizationId) {
        return "/api/organizations/" + organizationId + "/engagement";
    }

    static Map<String, Object> estimate(String scenario, double low, double high) {
        Map<String, Object> estimate = new HashMap<>();
        estimate.put("scenario", scenario);
        estimate.put("lossLow", low);
        estimate.put("lossHigh", high);
        return estimate;
    }

    static Map<String, Object> engagement(List<Map<String, Object>> estimates) {
        return Map.of("unitsPerYear", 500, "unitPrice", 4000, "currency", "USD", "criticality", "HIGH",
                "notes", "Edge servers", "estimates", estimates);
    }

    static Map<String, Object> overridden(String scenario, Object probability, String reason) {
        Map<String, Object> estimate = estimate(scenario, 100000, 2000000);
        estimate.put("probabilityOverride", probability);
        estimate.put("overrideReason", reason);
        return estimate;
    }

    @Test
    void shouldCreateReplaceAndReadAnEngagementWithItsEstimates() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR);
        problem(given().get(path(vendor)).then(), 404);

        put(path(vendor), engagement(List.of(estimate("malicious-firmware", 50000, 900000),
                overridden("hardware-implant", 0.03, "Workshop calibration"))), null)
                .statusCode(201).header("ETag", "\"0\"")
                .body("annualSpend", is(2000000))
                .body("estimates.scenario", contains("hardware-implant", "malicious-firmware"))
                .body("estimates[0].overridden", is(true)).body("estimates[0].overrideReason", equalTo("Workshop calibration"))
                .body("estimates[1].overridden", is(false));

        problem(put(path(vendor), engagement(List.of()), null), 428);
        problem(put(path(vendor), engagement(List.of()), 7L), 409);
        put(path(vendor), with(engagement(List.of(estimate("hardware-implant", 200000, 3000000))), "annualSpend", 1500000),
                0L).statusCode(200).header("ETag", "\"1\"")
                .body("annualSpend", is(1500000))
                .body("estimates.scenario", contains("hardware-implant"))
                .body("estimates[0].overridden", is(false)).body("estimates[0].probabilityOverride", nullValue());
        given().get(path(vendor)).then().statusCode(200).header("ETag", "\"1\"")
                .body("estimates[0].lossLow", is(200000.0f));
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR);
        problem(put(path(vendor), engagement(List.of(estimate("hardware-implant", 500000, 500000))), null), 400,
                "estimates[0].lossHigh");
        problem(put(path(vendor), engagement(List.of(estimate("hardware-implant", 0, 500000))), null), 400,
                "estimates[0].lossLow");
        problem(put(path(vendor), engagement(List.of(estimate("transit-tampering", 1, 5),
                overridden("hardware-implant", 1.5, "Too sure"))), null), 400, "estimates[1].probabilityOverride");
        problem(put(path(vendor), engagement(List.of(overridden("hardware-implant", -0.1, "Negative"))), null), 400,
                "estimates[0].probabilityOverride");
        problem(put(path(vendor), engagement(List.of(overridden("hardware-implant", 0.2, " "))), null), 400,
                "estimates[0].overrideReason");
        problem(put(path(vendor), engagement(List.of(estimate("hardware-implant", 1, 5), estimate("hardware-implant", 2, 6),
                estimate("ufo", 1, 2))), null), 400, "estimates[1].scenario", "estimates[2].scenario");
        problem(put(path(vendor), with(engagement(List.of()), "unitPrice", -1, "unitsPerYear", -5, "currency", "EURO"),
                null), 400, "unitPrice", "unitsPerYear", "currency");
        problem(given().get(path(vendor)).then(), 404);
    }

    @Test
    void shouldKeepEngagementsForVendorsOnly() {
        long maker = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        problem(put(path(maker), engagement(List.of()), null), 409);
        problem(put(path(999999), engagement(List.of()), null), 404);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT, authMechanism = "basic")
    void shouldLetOtherRolesReadButNotEdit() {
        long halvard = DemoVendors.id("Halvard Systems Inc.");
        given().get(path(halvard)).then().statusCode(200).body("estimates.size()", is(4));
        problem(put(path(halvard), engagement(List.of()), 0L), 403);
    }
}
