package dev.custody.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    static Map<String, Object> org(String name, String kind, String country) {
        return Map.of("name", name, "kind", kind, "hqCountry", country, "ownership", "PRIVATE");
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/organizations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldCreateReadListUpdateAndDelete() {
        String name = unique("Orchid Boards");
        long id = create(org(name, "CONTRACT_MANUFACTURER", "TW"));

        given().get("/api/organizations/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo(name)).body("hqCountry", equalTo("TW"));
        given().queryParam("q", name.substring(name.length() - 8)).queryParam("country", "TW")
                .queryParam("kind", "CONTRACT_MANUFACTURER").get("/api/organizations")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is((int) id));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(org(name + " Renamed", "CONTRACT_MANUFACTURER", "VN")).put("/api/organizations/" + id)
                .then().statusCode(200).body("hqCountry", equalTo("VN")).body("version", is(1));

        given().delete("/api/organizations/" + id).then().statusCode(428);
        Fixtures.delete("/api/organizations/" + id).statusCode(204);
        given().get("/api/organizations/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", is(404));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldNameEveryBadFieldAndSaveNothing() {
        String name = unique("Invalid Co");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "VENDOR", "hqCountry", "ZZ", "ownership", "FOREIGN_OWNED"))
                .post("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("hqCountry"))
                .body("errors.field", hasItem("parentCompany"));
        given().queryParam("q", name).get("/api/organizations").then().body("total", is(0));

        given().contentType(ContentType.JSON).body(Map.of("kind", "EMPEROR")).post("/api/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("VENDOR"));
        given().contentType(ContentType.JSON).body(Map.of("hqCountry", "tw")).post("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("hqCountry")).body("errors.field", hasItem("ownership"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRefuseAStaleEditWith409AndAnUpdateWithoutVersionWith428() {
        String name = unique("Race Co");
        long id = create(org(name, "COMPONENT_SUPPLIER", "DE"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(org(name, "COMPONENT_SUPPLIER", "FR"))
                .put("/api/organizations/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(org(name, "COMPONENT_SUPPLIER", "IT"))
                .put("/api/organizations/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed by someone else"));
        given().contentType(ContentType.JSON).body(org(name, "COMPONENT_SUPPLIER", "IT"))
                .put("/api/organizations/" + id).then().statusCode(428);
        given().get("/api/organizations/" + id).then().body("hqCountry", equalTo("FR"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRefuseADuplicateNameWith409() {
        String name = unique("Twin Co");
        create(org(name, "DISTRIBUTOR", "SG"));
        given().contentType(ContentType.JSON).body(org(name.toUpperCase(), "DISTRIBUTOR", "SG"))
                .post("/api/organizations").then().statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRejectUnknownSortAndOversizedPages() {
        given().queryParam("sort", "password").get("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("size", 100000).get("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get("/api/organizations").then().statusCode(200).body("items", notNullValue());
        given().contentType(ContentType.JSON).body(org(unique("Nope"), "VENDOR", "US")).post("/api/organizations")
                .then().statusCode(403);
    }

    @Test
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get("/api/organizations").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldShowTheDerivedTierInTheCreateResponse() {
        given().contentType(ContentType.JSON).body(org(unique("Fresh Vendor"), "VENDOR", "US")).post("/api/organizations")
                .then().statusCode(201).body("tier", is(1));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldKeepAVendorWithCustodyLegsAVendor() {
        String name = unique("Leg Vendor");
        long vendor = create(org(name, "VENDOR", "US"));
        long carrier = create(org(unique("Leg Carrier"), "LOGISTICS_PROVIDER", "NL"));
        given().contentType(ContentType.JSON).body(Map.of("vendorId", vendor, "sequence", 1, "kind", "CARRIER",
                        "handlerId", carrier, "country", "NL", "seals", true, "tracking", true, "escort", false))
                .post("/api/custody-legs").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(org(name, "DISTRIBUTOR", "US"))
                .put("/api/organizations/" + vendor).then().statusCode(409).body("detail", containsString("custody leg"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRefuseAnApiWriteThatABrowserSendsFromAnotherSite() {
        String name = unique("Forged Co");
        given().contentType(ContentType.JSON).header("Origin", "https://evil.example").body(org(name, "VENDOR", "US"))
                .post("/api/organizations").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Sec-Fetch-Site", "cross-site").body(org(name, "VENDOR", "US"))
                .post("/api/organizations").then().statusCode(403);
        given().queryParam("q", name).get("/api/organizations").then().body("total", is(0));
        given().contentType(ContentType.JSON).header("Sec-Fetch-Site", "same-origin").body(org(name, "VENDOR", "US"))
                .post("/api/organizations").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldAnswerMalformedRequestsWith400() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/organizations").then().statusCode(400)
                .contentType("application/problem+json").body("errors", notNullValue());
        given().queryParam("tier", "abc").get("/api/organizations").then().statusCode(400);
        given().queryParam("page", 5_000_000).queryParam("size", 500).get("/api/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
