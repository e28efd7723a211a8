package dev.custody.network.search;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The top-bar search, through the API and the page: what it finds, how much, and what it refuses. */
@QuarkusTest
class NetworkSearchTest {

    /** A made-up word no demo record contains, so each test finds only its own records. */
    private static String token() {
        return "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "k");
    }

    private static long organization(String name, String kind) {
        return create("/api/organizations", Map.of("name", name, "kind", kind, "hqCountry", "TW", "ownership", "PRIVATE"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldFindVendorsSuppliersAndSitesByNameAndSitesByCity() {
        String token = token();
        long vendor = organization(token + " Systems", "VENDOR");
        long supplier = organization("Boards " + token, "CONTRACT_MANUFACTURER");
        create("/api/sites", Map.of("organizationId", supplier, "name", "Plant one", "country", "TW",
                "city", token + "ville", "activities", List.of("BOARD_ASSEMBLY")));

        given().queryParam("q", token.toLowerCase(Locale.ROOT)).get("/api/search").then().statusCode(200)
                .body("query", equalTo(token.toLowerCase(Locale.ROOT)))
                .body("vendors.total", is(1)).body("vendors.items[0].id", is((int) vendor))
                .body("vendors.items[0].name", equalTo(token + " Systems"))
                .body("suppliers.total", is(1)).body("suppliers.items[0].id", is((int) supplier))
                .body("suppliers.items[0].kind", equalTo("CONTRACT_MANUFACTURER"))
                .body("sites.total", is(1)).body("sites.items[0].name", equalTo("Plant one"))
                .body("sites.items[0].organizationId", is((int) supplier))
                .body("sites.items[0].organizationName", equalTo("Boards " + token));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldAnswerAtMostTenOfAKindByNameWithHowManyMatched() {
        String token = token();
        for (int i = 12; i >= 1; i--) {
            organization(String.format(Locale.ROOT, "%s part %02d", token, i), "COMPONENT_SUPPLIER");
        }
        given().queryParam("q", token).get("/api/search").then().statusCode(200)
                .body("suppliers.total", is(12)).body("suppliers.items", hasSize(NetworkSearch.PER_KIND))
                .body("suppliers.items[0].name", equalTo(token + " part 01"))
                .body("suppliers.items[9].name", equalTo(token + " part 10"))
                .body("vendors.total", is(0)).body("vendors.items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT, authMechanism = "basic")
    void shouldTakeWildcardsLiterallyAndRefuseTextItCannotSearchForNamingTheField() {
        given().queryParam("q", "%_").get("/api/search").then().statusCode(200)
                .body("vendors.total", is(0)).body("suppliers.total", is(0)).body("sites.total", is(0));
        problem(given().get("/api/search").then(), 400, "q");
        problem(given().queryParam("q", " x ").get("/api/search").then(), 400, "q")
                .body("errors.message", everyItem(containsString("at least 2 characters")));
        problem(given().queryParam("q", "y".repeat(101)).get("/api/search").then(), 400, "q");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldListWhatItFoundOnThePageWithLinksToTheProfiles() {
        String token = token();
        long vendor = organization(token + " Compute", "VENDOR");
        given().accept("text/html").queryParam("q", token).get("/search").then().statusCode(200)
                .body(containsString("href=\"/organizations/" + vendor + "\""))
                .body(containsString(token + " Compute"))
                .body(containsString("id=\"top-search\""))
                .body(containsString("value=\"" + token + "\""))
                .body(not(containsString("id=\"search-suppliers\"")));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldExplainATooShortTextBesideTheFieldOnThePage() {
        given().accept("text/html").queryParam("q", "a").get("/search").then().statusCode(400)
                .body(containsString("class=\"field-error\" id=\"q-error\""))
                .body(containsString("must be at least 2 characters"))
                .body(not(containsString("id=\"search-vendors\"")));
        given().accept("text/html").get("/search").then().statusCode(200)
                .body(not(containsString("field-error")));
        given().accept("text/html").get("/vendors").then().statusCode(200)
                .body(containsString("<form class=\"topsearch\" method=\"get\" action=\"/search\" role=\"search\">"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldFindTheDemoVendorByPartOfItsName() {
        given().queryParam("q", "halv").get("/api/search").then().statusCode(200)
                .body("vendors.items.name", hasItem("Halvard Systems Inc."))
                .body("vendors.items.name", everyItem(containsStringIgnoringCase("halv")));
    }
}
