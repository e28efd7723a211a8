package dev.custody.reference;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.total;
import static dev.custody.network.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// User-assigned ISO codes (QM..QZ) cannot clash with the seeded countries.
@QuarkusTest
@TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
class CountryResourceTest {
    static final String COUNTRIES = "/api/countries";

    static Map<String, Object> country(String iso2, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("iso2", iso2, "iso3", iso2 + "X", "name", name, "cpiScore", 55,
                "region", "WE/EU", "earGroupE1", false, "earGroupE2", false, "usEmbargoed", false, "itarProscribed", false));
        body.put("intelligenceLaw", null);
        return body;
    }

    static void createCountry(String iso2, String name) {
        given().contentType(ContentType.JSON).body(country(iso2, name)).post(COUNTRIES).then().statusCode(201)
                .header("Location", containsString(COUNTRIES + "/" + iso2));
    }

    @Test
    void shouldCreateReadFilterUpdateAndDelete() {
        String name = Fixtures.unique("Freedonia");
        createCountry("QM", name);
        given().get(COUNTRIES + "/qm").then().statusCode(200).header("ETag", "\"0\"").body("iso2", equalTo("QM"))
                .body("cpiScore", is(55)).body("intelligenceLaw", nullValue());
        assertThat(total(COUNTRIES, "q", name, "region", "WE/EU", "embargoed", false)).isEqualTo(1);
        assertThat(total(COUNTRIES, "q", name, "embargoed", true)).isZero();

        put(COUNTRIES + "/QM", with(country("QM", name), "usEmbargoed", true, "cpiScore", null), 0L).statusCode(200)
                .header("ETag", "\"1\"").body("usEmbargoed", is(true)).body("cpiScore", nullValue());
        assertThat(total(COUNTRIES, "q", name, "embargoed", true)).isEqualTo(1);
        problem(put(COUNTRIES + "/QM", with(country("QZ", name), "version", 1), null), 400, "iso2");

        Fixtures.delete(COUNTRIES + "/QM").statusCode(204);
        problem(given().get(COUNTRIES + "/QM").then(), 404);
    }

    @Test
    void shouldFilterTheSeededEmbargoedCountriesAndSearchByCode() {
        given().queryParam("embargoed", true).queryParam("size", 500).get(COUNTRIES).then().statusCode(200)
                .body("items.iso2", hasItem("IR")).body("items.iso2", hasItem("KP")).body("items.iso2", not(hasItem("DE")));
        given().queryParam("q", "tw").queryParam("size", 500).get(COUNTRIES).then().body("items.iso2", hasItem("TW"));
        given().queryParam("region", "AP").queryParam("size", 500).get(COUNTRIES).then()
                .body("items.region", everyItem(equalTo("AP")));
    }

    @Test
    void shouldNameEveryBadFieldAndSaveNothing() {
        String name = Fixtures.unique("Badland");
        problem(post(COUNTRIES, with(country("qn", name), "cpiScore", 101, "iso3", "Q", "usEmbargoed", null)), 400,
                "iso2", "cpiScore", "iso3", "usEmbargoed");
        problem(post(COUNTRIES, with(country("QN", name), "iso2", null)), 400, "iso2");
        problem(post(COUNTRIES, with(country("DE", name))), 409, "iso2");
        assertThat(total(COUNTRIES, "q", name)).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownCountry() {
        problem(given().get(COUNTRIES + "/QY").then(), 404);
        problem(put(COUNTRIES + "/QY", country("QY", "Nowhere"), 0L), 404);
        problem(given().delete(COUNTRIES + "/QY").then(), 404);
    }

    @Test
    void shouldRefuseAStaleEditWith409() {
        String name = Fixtures.unique("Racia");
        createCountry("QP", name);
        put(COUNTRIES + "/QP", with(country("QP", name), "cpiScore", 60), 0L).statusCode(200);
        problem(put(COUNTRIES + "/QP", with(country("QP", name), "cpiScore", 10), 0L), 409);
        problem(put(COUNTRIES + "/QP", country("QP", name), null), 428);
        given().get(COUNTRIES + "/QP").then().body("cpiScore", is(60));
    }

    @Test
    void shouldRefuseToDeleteACountryWhileAnOrganizationOrSiteUsesIt() {
        createCountry("QR", Fixtures.unique("Usedland"));
        long org = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER, "QR");
        problem(Fixtures.delete(COUNTRIES + "/QR"), 409).body("detail", containsString("1 organization"));

        long elsewhere = Fixtures.organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        long site = create("/api/sites", Map.of("organizationId", elsewhere, "name", "Plant", "country", "QR",
                "city", "Capital", "activities", List.of("TESTING")));
        Fixtures.delete("/api/organizations/" + org).statusCode(204);
        problem(Fixtures.delete(COUNTRIES + "/QR"), 409).body("detail", containsString("1 site"));
        Fixtures.delete("/api/sites/" + site).statusCode(204);
        Fixtures.delete(COUNTRIES + "/QR").statusCode(204);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLetAnAnalystReadButNotWrite() {
        given().get(COUNTRIES + "/TW").then().statusCode(200);
        problem(post(COUNTRIES, country("QS", "Nope")), 403);
        problem(given().delete(COUNTRIES + "/TW").then(), 403);
    }

    @Test
    @TestSecurity(user = "boss", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldLetAnExecutiveReadButNotWrite() {
        given().get(COUNTRIES).then().statusCode(200);
        problem(post(COUNTRIES, country("QS", "Nope")), 403);
    }

    @Test
    @TestSecurity(authorizationEnabled = true)
    void shouldAskAnonymousCallersToAuthenticate() {
        given().get(COUNTRIES).then().statusCode(401);
        post(COUNTRIES, country("QS", "Nope")).statusCode(401);
    }
}
