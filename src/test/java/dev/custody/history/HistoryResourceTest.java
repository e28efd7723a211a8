package dev.custody.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import dev.custody.network.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryResourceTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRecordWhoChangedWhichFieldsNewestFirst() {
        String name = unique("History Org");
        Response created = createOrganization(name, "TW");
        long id = created.jsonPath().getLong("id");
        long version = created.jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name + " Renamed", "kind", "VENDOR", "hqCountry", "DE", "ownership", "PRIVATE",
                        "version", version))
                .put("/api/organizations/{id}", id)
                .then().statusCode(200);

        given().get("/api/organizations/{id}/history", id)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", is("changed"))
                .body("[0].user", is("analyst"))
                .body("[0].entityType", is("organization"))
                .body("[0].entityId", is((int) id))
                .body("[0].entityLabel", is(name + " Renamed"))
                .body("[0].fields.field", containsInAnyOrder("name", "hqCountry"))
                .body("[0].fields.find { it.field == 'name' }.oldValue", is(name))
                .body("[0].fields.find { it.field == 'name' }.newValue", is(name + " Renamed"))
                .body("[0].fields.find { it.field == 'hqCountry' }.oldValue", is("TW"))
                .body("[0].fields.find { it.field == 'hqCountry' }.newValue", is("DE"))
                .body("[1].action", is("created"))
                .body("[1].user", is("analyst"))
                .body("[1].fields.find { it.field == 'kind' }.newValue", is("VENDOR"))
                .body("[1].fields.oldValue", everyItem(is("")));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldShowSiteChangesInTheOrganizationHistory() {
        String name = unique("Site Owner");
        long id = createOrganization(name, "TW").jsonPath().getLong("id");
        String siteName = unique("Plant");
        Map<String, Object> site = Map.of("organizationId", id, "name", siteName, "country", "TW", "city", "Hsinchu",
                "activities", List.of("FIRMWARE_PROGRAMMING", "BOARD_ASSEMBLY"));
        long siteId = given().contentType(ContentType.JSON).body(site).post("/api/sites")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> moved = new HashMap<>(site);
        moved.put("city", "Taichung");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved).put("/api/sites/{id}", siteId)
                .then().statusCode(200);

        given().queryParam("limit", 2).get("/api/history/organizations/{id}", id)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("entityType", contains("site", "site"))
                .body("action", contains("changed", "created"))
                .body("user", everyItem(is("analyst")))
                .body("[0].entityId", is((int) siteId))
                .body("[0].entityLabel", is(siteName + ", Taichung"))
                .body("[0].fields", hasSize(1))
                .body("[0].fields[0].field", is("city"))
                .body("[0].fields[0].oldValue", is("Hsinchu"))
                .body("[0].fields[0].newValue", is("Taichung"))
                .body("[1].fields.find { it.field == 'organization' }.newValue", is(name + " (#" + id + ")"))
                .body("[1].fields.find { it.field == 'activities' }.newValue", is("BOARD_ASSEMBLY, FIRMWARE_PROGRAMMING"));

        Fixtures.delete("/api/sites/" + siteId).statusCode(204);
        given().get("/api/history/site/{id}", siteId)
                .then().statusCode(200)
                .body("action", contains("deleted", "changed", "created"))
                .body("[0].fields.find { it.field == 'city' }.oldValue", is("Taichung"))
                .body("[0].fields.find { it.field == 'organization' }.oldValue", is(name + " (#" + id + ")"))
                .body("[0].fields.newValue", everyItem(is("")));
        given().get("/api/organizations/{id}/history", id)
                .then().statusCode(200)
                .body("action", contains("deleted", "changed", "created", "created"))
                .body("entityType", contains("site", "site", "site", "organization"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldAnswerNotFoundForAnOrganizationWithoutHistory() {
        given().get("/api/organizations/{id}/history", Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/history/restricted-party/{id}", Long.MAX_VALUE)
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRejectAnUnknownEntityTypeAndABadLimit() {
        given().get("/api/history/vendor-widget/1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("entityType"))
                .body("errors[0].message", startsWith("must be one of organization, site"));
        given().queryParam("limit", 1001).get("/api/history/organizations/1")
                .then().statusCode(400).body("errors[0].field", is("limit"));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadHistory() {
        String name = unique("Exec Read");
        long id = QuarkusTransaction.requiringNew().call(() -> persistOrganization(name));

        given().get("/api/organizations/{id}/history", id)
                .then().statusCode(200)
                .body("[0].action", is("created"))
                .body("[0].entityLabel", is(name));
        // Countries are seeded at start-up, outside any request: the revision belongs to "system".
        given().get("/api/history/country/tw")
                .then().statusCode(200)
                .body("[-1].action", is("created"))
                .body("[-1].user", is("system"))
                .body("[-1].entityLabel", is("Taiwan (TW)"))
                .body("[-1].fields.find { it.field == 'usEmbargoed' }.newValue", is("no"));
    }

    @Test
    void shouldRequireAuthentication() {
        given().get("/api/organizations/1/history").then().statusCode(401);
        given().get("/api/history/country/TW").then().statusCode(401);
    }

    private static Response createOrganization(String name, String country) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "VENDOR", "hqCountry", country, "ownership", "PRIVATE"))
                .post("/api/organizations")
                .then().statusCode(201).extract().response();
    }

    private static long persistOrganization(String name) {
        Organization organization = new Organization();
        organization.name = name;
        organization.kind = OrganizationKind.COMPONENT_SUPPLIER;
        organization.hqCountry = "DE";
        organization.ownership = Ownership.PRIVATE;
        organization.persist();
        return organization.id;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
