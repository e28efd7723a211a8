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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class AssessmentResourceTest {
    static final String ASSESSMENTS = "/api/assessments";

    static Map<String, Object> assessment(long organizationId, LocalDate assessedOn, Map<String, Object> factors) {
        return Map.of("organizationId", organizationId, "assessor", "J. Analyst", "assessedOn", assessedOn.toString(),
                "evidenceNote", "Site visit", "factors", factors);
    }

    /** The server's "today" (UTC), so that ages do not shift around midnight in other zones. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Map<String, Object> factors(Object... pairs) {
        Map<String, Object> factors = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            factors.put(pairs[i].toString(), pairs[i + 1]);
        }
        return factors;
    }

    @Test
    void shouldRecordFactorsAndSayWhichAreUnknownHowOldAndWhetherStale() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        LocalDate twoYearsAgo = today().minusMonths(24).minusDays(3);
        long old = create(ASSESSMENTS, assessment(org, twoYearsAgo,
                factors("PERSONNEL_SCREENING", 2, "FIRMWARE_INTEGRITY", null, "FOREIGN_INFLUENCE", 0)));
        long recent = create(ASSESSMENTS, assessment(org, today().minusMonths(2), factors("INSIDER_PROGRAMME", 4)));

        given().get(ASSESSMENTS + "/" + old).then().statusCode(200).header("ETag", "\"0\"")
                .body("factors.PERSONNEL_SCREENING", is(2)).body("factors.FOREIGN_INFLUENCE", is(0))
                .body("factors.FIRMWARE_INTEGRITY", nullValue())
                .body("unknownFactors", hasSize(9)).body("unknownFactors", hasItem("FIRMWARE_INTEGRITY"))
                .body("unknownFactors", not(hasItem("PERSONNEL_SCREENING")))
                .body("ageMonths", is(24)).body("stale", is(true));
        given().get(ASSESSMENTS + "/" + recent).then().body("ageMonths", is(2)).body("stale", is(false));
        given().queryParam("organizationId", org).get(ASSESSMENTS).then()
                .body("items.id", contains((int) recent, (int) old));
        given().queryParam("organizationId", org).queryParam("stale", true).get(ASSESSMENTS).then()
                .body("items.id", contains((int) old));
        given().queryParam("organizationId", org).queryParam("stale", false).get(ASSESSMENTS).then()
                .body("items.id", contains((int) recent));

        put(ASSESSMENTS + "/" + old, assessment(org, twoYearsAgo, factors("PERSONNEL_SCREENING", 3)), 0L).statusCode(200)
                .header("ETag", "\"1\"").body("factors.PERSONNEL_SCREENING", is(3)).body("unknownFactors", hasSize(10));
        Fixtures.delete(ASSESSMENTS + "/" + old).statusCode(204);
        problem(given().get(ASSESSMENTS + "/" + old).then(), 404);
        assertThat(total(ASSESSMENTS, "organizationId", org)).isEqualTo(1);
    }

    @Test
    void shouldNameEveryBadFactorAndSaveNothing() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        problem(post(ASSESSMENTS, assessment(org, today(),
                factors("PERSONNEL_SCREENING", 5, "BOGUS", 1, "SUBTIER_VISIBILITY", 2.5, "INCOMING_INSPECTION", -1))),
                400, "factors.PERSONNEL_SCREENING", "factors.BOGUS", "factors.SUBTIER_VISIBILITY",
                "factors.INCOMING_INSPECTION");
        problem(post(ASSESSMENTS, assessment(org, today().plusDays(7), factors())), 400, "assessedOn");
        problem(post(ASSESSMENTS, with(assessment(org, today(), factors()), "assessor", " ")), 400, "assessor");
        problem(post(ASSESSMENTS, assessment(-1, today(), factors())), 400, "organizationId");
        assertThat(total(ASSESSMENTS, "organizationId", org)).isZero();
    }

    @Test
    void shouldTreatAbsentFactorsAsAllUnknown() {
        long org = Fixtures.organization(OrganizationKind.COMPONENT_SUPPLIER);
        long id = create(ASSESSMENTS, with(assessment(org, today(), factors()), "factors", null));
        given().get(ASSESSMENTS + "/" + id).then().body("unknownFactors", hasSize(InsiderFactor.values().length))
                .body("ageMonths", is(0)).body("stale", is(false));
    }

    @Test
    void shouldAnswer404ForAnUnknownAssessment() {
        problem(given().get(ASSESSMENTS + "/999999").then(), 404);
        problem(given().delete(ASSESSMENTS + "/999999").then(), 404);
    }

    @Test
    void shouldRefuseAStaleEditWith409() {
        long org = Fixtures.organization(OrganizationKind.FIRMWARE_HOUSE);
        LocalDate day = today().minusDays(10);
        long id = create(ASSESSMENTS, assessment(org, day, factors("CUSTODY_HANDOFFS", 1)));
        put(ASSESSMENTS + "/" + id, assessment(org, day, factors("CUSTODY_HANDOFFS", 2)), 0L).statusCode(200);
        problem(put(ASSESSMENTS + "/" + id, assessment(org, day, factors("CUSTODY_HANDOFFS", 3)), 0L), 409);
        problem(put(ASSESSMENTS + "/" + id, assessment(org, day, factors()), null), 428);
        given().get(ASSESSMENTS + "/" + id).then().body("factors.CUSTODY_HANDOFFS", equalTo(2));
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get(ASSESSMENTS).then().statusCode(200);
        problem(post(ASSESSMENTS, assessment(1, today(), factors())), 403);
    }

    @Test
    @TestSecurity(authorizationEnabled = true)
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get(ASSESSMENTS).then().statusCode(401);
        post(ASSESSMENTS, assessment(1, today(), factors())).statusCode(401);
    }
}
