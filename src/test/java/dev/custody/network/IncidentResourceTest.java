package dev.custody.network;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.total;
import static dev.custody.network.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class IncidentResourceTest {
    static final String INCIDENTS = "/api/incidents";

    static Map<String, Object> incident(long organizationId, String title, String occurredOn) {
        return Map.of("organizationId", organizationId, "occurredOn", occurredOn, "category", "HARDWARE_IMPLANT",
                "severity", 9.5, "status", "ALLEGED", "title", title, "sourceReference", "Trade press, 2024-03-01");
    }

    @Test
    void shouldRecordReadFilterUpdateAndDeleteNewestFirst() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        long older = create(INCIDENTS, incident(org, "Implant alleged at rework station", "2022-05-01"));
        long newer = create(INCIDENTS, with(incident(org, "Counterfeit flash", "2024-01-15"),
                "category", "COUNTERFEIT_COMPONENT", "status", "CONFIRMED", "severity", 6));

        given().get(INCIDENTS + "/" + older).then().statusCode(200).header("ETag", "\"0\"")
                .body("severity", is(9.5f)).body("status", equalTo("ALLEGED"))
                .body("sourceReference", equalTo("Trade press, 2024-03-01"));
        given().queryParam("organizationId", org).get(INCIDENTS).then().body("items.id", contains((int) newer, (int) older));
        assertThat(total(INCIDENTS, "organizationId", org, "status", "CONFIRMED", "category", "COUNTERFEIT_COMPONENT"))
                .isEqualTo(1);
        assertThat(total(INCIDENTS, "organizationId", org, "q", "REWORK")).isEqualTo(1);

        put(INCIDENTS + "/" + older, with(incident(org, "Implant alleged at rework station", "2022-05-01"),
                "status", "DISPUTED", "summary", "Vendor contests the finding"), 0L)
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("DISPUTED"));
        Fixtures.delete(INCIDENTS + "/" + older).statusCode(204);
        problem(given().get(INCIDENTS + "/" + older).then(), 404);
        assertThat(total(INCIDENTS, "organizationId", org)).isEqualTo(1);
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        problem(post(INCIDENTS, with(incident(org, "No source", "2023-01-01"), "sourceReference", " ", "severity", 10.5)),
                400, "sourceReference", "severity");
        problem(post(INCIDENTS, with(incident(org, "Too precise", "2023-01-01"), "severity", 4.25)), 400, "severity");
        String nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        problem(post(INCIDENTS, incident(org, "From the future", nextWeek)), 400, "occurredOn");
        problem(post(INCIDENTS, with(incident(org, "Bad status", "2023-01-01"), "status", "RUMOURED")), 400, "status");
        problem(post(INCIDENTS, incident(-1, "Nobody", "2023-01-01")), 400, "organizationId");
        assertThat(total(INCIDENTS, "organizationId", org)).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownIncident() {
        problem(given().get(INCIDENTS + "/999999").then(), 404);
        problem(given().delete(INCIDENTS + "/999999").then(), 404);
    }

    @Test
    void shouldRefuseAStaleEditWith409() {
        long org = Fixtures.organization(OrganizationKind.FIRMWARE_HOUSE);
        long id = create(INCIDENTS, incident(org, "Race", "2023-02-02"));
        put(INCIDENTS + "/" + id, with(incident(org, "Race", "2023-02-02"), "status", "CONFIRMED"), 0L).statusCode(200);
        problem(put(INCIDENTS + "/" + id, with(incident(org, "Race", "2023-02-02"), "status", "REFUTED"), 0L), 409);
        problem(put(INCIDENTS + "/" + id, incident(org, "Race", "2023-02-02"), null), 428);
        given().get(INCIDENTS + "/" + id).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get(INCIDENTS).then().statusCode(200);
        problem(post(INCIDENTS, incident(1, "Nope", "2023-01-01")), 403);
    }

    @Test
    @TestSecurity(authorizationEnabled = true)
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get(INCIDENTS).then().statusCode(401);
        post(INCIDENTS, incident(1, "Nope", "2023-01-01")).statusCode(401);
    }
}
