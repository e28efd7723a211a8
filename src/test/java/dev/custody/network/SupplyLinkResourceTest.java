package dev.custody.network;

import static dev.custody.network.OrganizationResourceTest.create;
import static dev.custody.network.OrganizationResourceTest.org;
import static dev.custody.network.OrganizationResourceTest.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class SupplyLinkResourceTest {

    static Map<String, Object> link(long buyer, long supplier, String item, double share, String criticality) {
        Map<String, Object> body = new HashMap<>();
        body.put("buyerId", buyer);
        body.put("supplierId", supplier);
        body.put("item", item);
        body.put("itemKind", "ASSEMBLY");
        body.put("share", share);
        body.put("criticality", criticality);
        return body;
    }

    static long createLink(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/supply-links")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void shouldRefuseALinkThatClosesACycleAndNameTheCycle() {
        String a = unique("Cycle Vendor");
        String b = unique("Cycle CM");
        String c = unique("Cycle Boards");
        long vendor = create(org(a, "VENDOR", "US"));
        long cm = create(org(b, "CONTRACT_MANUFACTURER", "TW"));
        long boards = create(org(c, "COMPONENT_SUPPLIER", "CN"));
        createLink(link(vendor, cm, "Server", 1.0, "CRITICAL"));
        createLink(link(cm, boards, "Motherboard", 0.6, "CRITICAL"));

        given().contentType(ContentType.JSON).body(link(boards, vendor, "Rack", 0.2, "LOW")).post("/api/supply-links")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(c + " → " + a + " → " + b + " → " + c));
        given().queryParam("buyerId", boards).get("/api/supply-links").then().body("total", is(0));
    }

    @Test
    void shouldDeriveTiersFromTheVendorDownAndUpdateThemWhenLinksChange() {
        long vendor = create(org(unique("Tier Vendor"), "VENDOR", "US"));
        long cm = create(org(unique("Tier CM"), "CONTRACT_MANUFACTURER", "MX"));
        long chip = create(org(unique("Tier Chip"), "COMPONENT_SUPPLIER", "KR"));
        long deep = createLink(link(cm, chip, "BMC", 1.0, "CRITICAL"));
        given().get("/api/organizations/" + chip).then().body("tier", equalTo(null));

        long top = createLink(link(vendor, cm, "Server", 1.0, "CRITICAL"));
        given().get("/api/organizations/" + cm).then().body("tier", is(2));
        given().get("/api/organizations/" + chip).then().body("tier", is(3));
        given().queryParam("tier", 3).queryParam("criticality", "CRITICAL").queryParam("size", 500)
                .get("/api/organizations").then().body("items.id", hasItem((int) chip));

        createLink(link(vendor, chip, "BMC spare", 0.1, "HIGH"));
        given().get("/api/organizations/" + chip).then().body("tier", is(2));

        Fixtures.delete("/api/supply-links/" + top).statusCode(204);
        given().get("/api/organizations/" + cm).then().body("tier", equalTo(null));
        given().get("/api/organizations/" + chip).then().body("tier", is(2));
        Fixtures.delete("/api/supply-links/" + deep).statusCode(204);
    }

    @Test
    void shouldValidateShareAndEnds() {
        long vendor = create(org(unique("Share Vendor"), "VENDOR", "US"));
        given().contentType(ContentType.JSON).body(link(vendor, 999_999_999L, "X", 1.5, "HIGH")).post("/api/supply-links")
                .then().statusCode(400).body("errors.field", hasItem("share"));
        given().contentType(ContentType.JSON).body(link(vendor, 999_999_999L, "X", 0.5, "HIGH")).post("/api/supply-links")
                .then().statusCode(400).body("errors.field", hasItem("supplierId"));
    }

    @Test
    void shouldReturnTheSubTierTree() {
        String leaf = unique("Tree Leaf");
        long vendor = create(org(unique("Tree Vendor"), "VENDOR", "US"));
        long cm = create(org(unique("Tree CM"), "CONTRACT_MANUFACTURER", "TW"));
        long chip = create(org(leaf, "COMPONENT_SUPPLIER", "KR"));
        createLink(link(vendor, cm, "Server", 1.0, "CRITICAL"));
        createLink(link(cm, chip, "Flash", 0.5, "HIGH"));

        given().get("/api/organizations/" + vendor + "/tree").then().statusCode(200)
                .body("suppliers[0].id", is((int) cm))
                .body("suppliers[0].suppliers[0].name", equalTo(leaf))
                .body("suppliers[0].suppliers[0].criticality", equalTo("HIGH"));
        given().queryParam("depth", 1).get("/api/organizations/" + vendor + "/tree").then()
                .body("suppliers[0].truncated", is(true));
        given().queryParam("depth", 0).get("/api/organizations/" + vendor + "/tree").then().statusCode(400);
    }

    @Test
    void shouldLetALinkBeTurnedAroundWithoutSeeingACycleInItself() {
        long a = create(org(unique("Turn A"), "CONTRACT_MANUFACTURER", "TW"));
        long b = create(org(unique("Turn B"), "COMPONENT_SUPPLIER", "TW"));
        long id = createLink(link(a, b, "Board", 0.5, "HIGH"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(link(b, a, "Board", 0.5, "HIGH"))
                .put("/api/supply-links/" + id).then().statusCode(200).body("buyerId", is((int) b));
    }

    @Test
    void shouldNeverLetTwoConcurrentLinksCloseACycle() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 6; i++) {
                long a = create(org(unique("Race A"), "COMPONENT_SUPPLIER", "KR"));
                long b = create(org(unique("Race B"), "COMPONENT_SUPPLIER", "KR"));
                Future<Integer> forward = pool.submit(() -> post(link(a, b, "Part", 0.5, "LOW")));
                Future<Integer> backward = pool.submit(() -> post(link(b, a, "Part", 0.5, "LOW")));
                List<Integer> statuses = List.of(forward.get(), backward.get());
                assertThat(statuses).as("pair %d", i).containsExactlyInAnyOrder(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/supply-links").statusCode();
    }
}
