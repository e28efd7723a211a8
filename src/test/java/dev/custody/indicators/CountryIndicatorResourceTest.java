package dev.custody.indicators;

import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.custody.network.OrganizationKind;
import dev.custody.scoring.ModelFixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountryIndicatorResourceTest {
    static final String INDICATORS = "/api/country-indicators";

    @AfterEach
    void restore() {
        ModelFixtures.restoreDefaults();
    }

    static ValidatableResponse importCsv(String name, String direction, double weight, String csv) {
        return given().contentType("text/csv").body(csv).queryParam("name", name).queryParam("direction", direction)
                .queryParam("weight", weight).post(INDICATORS).then();
    }

    static JsonPath score(long organization) {
        return new JsonPath(given().get("/api/organizations/" + organization + "/score").then().statusCode(200)
                .extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    static int draftVersion() {
        List<Map<String, Object>> models = given().get("/api/scoring-models").then().extract().jsonPath().getList("$");
        return models.stream().filter(m -> "DRAFT".equals(m.get("status")))
                .mapToInt(m -> ((Number) m.get("version")).intValue()).findFirst().orElse(-1);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldReportEveryBadRowAndImportNothing() {
        String name = unique("Broken index");
        problem(importCsv(name, "HIGHER_IS_RISKIER", 1, "iso2,value\nDE,10\nQQ,5\nDE,7\nFR,abc\nNL,\n"), 422,
                "csv!row 3!iso2", "csv!row 4!iso2", "csv!row 5!value", "csv!row 6!value")
                .body("rows.row", hasItems(3, 4, 5, 6))
                .body("rows.find { it.row == 3 }.message", containsString("unknown country code QQ"))
                .body("rows.find { it.row == 4 }.message", containsString("duplicate"))
                .body("rows.find { it.row == 5 }.message", containsString("not a number"));
        problem(given().get(INDICATORS + "/" + name).then(), 404);
        assertThat(draftVersion()).isEqualTo(-1);
        problem(importCsv(name, "SIDEWAYS", -1, "iso2,value\nDE,1\n"), 400, "direction", "weight");
        problem(importCsv(name, "HIGHER_IS_SAFER", 1, "country,score\nDE,1\n"), 400, "file");
        problem(given().get(INDICATORS + "/" + name).then(), 404);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldImportTheExampleFileNormalisedAndPutItsWeightIntoADraft() {
        String name = unique("Example port security");
        JsonPath outcome = given().multiPart("file", new File("data-seeds/indicators/example-indicator.csv"), "text/csv")
                .multiPart("name", name).multiPart("direction", "HIGHER_IS_SAFER").multiPart("weight", "0.5")
                .post(INDICATORS).then().statusCode(201).body("created", is(true)).body("countries", is(12))
                .body("message", containsString("draft version")).extract().jsonPath();
        int draft = outcome.getInt("draftVersion");
        assertThat(draftVersion()).isEqualTo(draft);
        given().get("/api/scoring-models/" + draft).then().body("parameters.indicatorWeights.'" + name + "'", is(0.5f));
        JsonPath values = new JsonPath(given().get(INDICATORS + "/" + name).then().statusCode(200)
                .body("direction", is("HIGHER_IS_SAFER")).body("draftWeight", is(0.5f)).body("activeWeight", nullValue())
                .extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        // Higher is safer: the highest value (Denmark, 92) is the least risky, the lowest (China, 38) the most.
        assertThat(values.getDouble("values.find { it.iso2 == 'DK' }.risk")).isCloseTo(0.0, within(1e-9));
        assertThat(values.getDouble("values.find { it.iso2 == 'CN' }.risk")).isCloseTo(100.0, within(1e-9));
        assertThat(values.getDouble("values.find { it.iso2 == 'DE' }.risk"))
                .isCloseTo(100.0 - 100.0 * (81 - 38) / (92 - 38), within(1e-9));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldRaiseGeographyOnActivationAndFollowAReimportAtOnce() {
        String iso2 = freeCountryCode(new Random());
        post("/api/countries", Map.of("iso2", iso2, "iso3", iso2 + "Q", "name", unique("Indicatoria"), "cpiScore", 80,
                "earGroupE1", false, "earGroupE2", false, "usEmbargoed", false, "itarProscribed", false)).statusCode(201);
        long org = organization(OrganizationKind.COMPONENT_SUPPLIER, iso2);
        assertThat(score(org).getDouble("geography")).isCloseTo(20.0, within(1e-9));
        String name = unique("Harbour risk");

        int draft = importCsv(name, "HIGHER_IS_RISKIER", 1.0, "iso2,value\n" + iso2 + ",9\nDE,1\n").statusCode(201)
                .extract().jsonPath().getInt("draftVersion");
        assertThat(score(org).getDouble("geography")).as("not weighed before activation").isCloseTo(20.0, within(1e-9));
        given().post("/api/scoring-models/" + draft + "/activate").then().statusCode(200);

        JsonPath activated = score(org);
        assertThat(activated.getDouble("geography")).isCloseTo((20.0 + 100.0) / 2, within(1e-9));
        assertThat(activated.getList("contributions.geography.detail", String.class))
                .anySatisfy(d -> assertThat(d).contains(name));

        importCsv(name, "HIGHER_IS_RISKIER", 1.0, "iso2,value\n" + iso2 + ",5\nDE,1\nNL,9\n").statusCode(200)
                .body("created", is(false)).body("draftVersion", nullValue()).body("rescored", notNullValue());
        assertThat(score(org).getDouble("geography")).as("risk 50 now, without a new activation")
                .isCloseTo((20.0 + 50.0) / 2, within(1e-9));
        assertThat(score(org).getInt("modelVersion")).isEqualTo(draft);

        problem(given().delete(INDICATORS + "/" + name).then(), 409).body("detail", containsString("version " + draft));
        ModelFixtures.restoreDefaults();
        given().delete(INDICATORS + "/" + name).then().statusCode(204);
        problem(given().get(INDICATORS + "/" + name).then(), 404);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLetOnlyAdministratorsImportOrDelete() {
        importCsv(unique("Index"), "HIGHER_IS_RISKIER", 1, "iso2,value\nDE,1\n").statusCode(403);
        given().delete(INDICATORS + "/anything").then().statusCode(403);
        given().get(INDICATORS).then().statusCode(200);
    }

    private static String freeCountryCode(Random random) {
        while (true) {
            // X? codes are user-assigned; the country tests expect their Q? codes free, an import test XX unknown.
            String code = "X" + (char) ('A' + random.nextInt(26));
            if (!code.equals("XX") && given().get("/api/countries/" + code).statusCode() == 404) {
                return code;
            }
        }
    }
}
