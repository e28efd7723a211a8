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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class SiteResourceTest {
    static final String SITES = "/api/sites";

    @Inject
    RecordedNetworkEvents events;

    static Map<String, Object> site(long organizationId, String name) {
        return Map.of("organizationId", organizationId, "name", name, "country", "TW", "city", "Hsinchu",
                "activities", List.of("BOARD_ASSEMBLY", "TESTING"));
    }

    @Test
    void shouldCreateReadFilterUpdateAndDelete() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        String name = Fixtures.unique("Line");
        long id = create(SITES, site(org, name));

        given().get(SITES + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("organizationId", is((int) org)).body("activities", contains("BOARD_ASSEMBLY", "TESTING"));
        given().queryParam("organizationId", org).queryParam("activity", "TESTING").queryParam("country", "tw")
                .queryParam("q", "hsinch").get(SITES).then().body("total", is(1)).body("items[0].name", equalTo(name));
        assertThat(total(SITES, "organizationId", org, "activity", "REWORK")).isZero();

        put(SITES + "/" + id, with(site(org, name), "city", "Taoyuan", "activities", List.of("FIRMWARE_PROGRAMMING")), 0L)
                .statusCode(200).header("ETag", "\"1\"").body("city", equalTo("Taoyuan"))
                .body("activities", contains("FIRMWARE_PROGRAMMING"));
        assertThat(total(SITES, "organizationId", org, "activity", "TESTING")).isZero();

        long other = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        events.clear();
        put(SITES + "/" + id, with(site(other, name), "activities", List.of("FIRMWARE_PROGRAMMING")), 1L).statusCode(200);
        assertThat(events.organizations()).containsExactly(org, other);
        Fixtures.delete(SITES + "/" + id).statusCode(204);
        assertThat(events.organizations()).containsExactly(org, other, other);
        given().get(SITES + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        problem(post(SITES, with(site(org, " "), "activities", List.of(), "city", null)), 400,
                "name", "activities", "city");
        problem(post(SITES, with(site(org, "Nowhere"), "country", "QQ")), 400, "country");
        problem(post(SITES, with(site(org, "Nowhere"), "organizationId", -1)), 400, "organizationId");
        problem(post(SITES, with(site(org, "Nowhere"), "activities", List.of("JUGGLING"))), 400, "activities[0]");
        assertThat(total(SITES, "organizationId", org)).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownSite() {
        problem(given().get(SITES + "/999999").then(), 404);
        problem(put(SITES + "/999999", site(Fixtures.organization(OrganizationKind.VENDOR), "X"), 0L), 404);
        problem(given().delete(SITES + "/999999").then(), 404);
    }

    @Test
    void shouldRefuseAStaleEditWith409AndAnUnversionedOneWith428() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        long id = create(SITES, site(org, "Race"));
        put(SITES + "/" + id, with(site(org, "Race"), "city", "Tainan"), 0L).statusCode(200);
        problem(put(SITES + "/" + id, with(site(org, "Race"), "city", "Taipei"), 0L), 409)
                .body("detail", containsString("changed by someone else"));
        problem(put(SITES + "/" + id, with(site(org, "Race"), "city", "Taipei"), null), 428);
        put(SITES + "/" + id, with(site(org, "Race"), "city", "Taichung", "version", 1), null).statusCode(200);
        given().get(SITES + "/" + id).then().body("city", equalTo("Taichung"));
    }

    @Test
    void shouldRefuseToDeleteAnOrganizationThatHasASite() {
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER);
        long id = create(SITES, site(org, "Anchor"));
        problem(Fixtures.delete("/api/organizations/" + org), 409).body("detail", containsString("1 site"));
        Fixtures.delete(SITES + "/" + id).statusCode(204);
        Fixtures.delete("/api/organizations/" + org).statusCode(204);
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get(SITES).then().statusCode(200);
        problem(post(SITES, site(1, "Nope")), 403);
    }

    @Test
    @TestSecurity(authorizationEnabled = true)
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get(SITES).then().statusCode(401);
        post(SITES, site(1, "Nope")).statusCode(401);
    }
}
