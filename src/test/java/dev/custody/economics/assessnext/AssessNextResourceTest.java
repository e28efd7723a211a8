package dev.custody.economics.assessnext;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.delete;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.LossInterval;
import dev.custody.network.InsiderFactor;
import dev.custody.network.OrganizationKind;
import dev.custody.scoring.ModelFixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Assess next" through the API: the unknowns that leave the most money open, priced with the vendor's engagement. */
@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
class AssessNextResourceTest {
    @BeforeEach
    void defaults() {
        ModelFixtures.restoreDefaults();
    }

    static JsonPath get(String path) {
        return new JsonPath(given().get(path).then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    static Map<String, Object> assessment(long organization, int rating) {
        Map<String, Object> factors = new HashMap<>();
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor.name(), rating);
        }
        return Map.of("organizationId", organization, "assessor", "J. Analyst",
                "assessedOn", LocalDate.now(ZoneOffset.UTC).toString(), "factors", factors);
    }

    static void link(long buyer, long supplier, String item, String criticality, double share) {
        create("/api/supply-links", Map.of("buyerId", buyer, "supplierId", supplier, "item", item,
                "itemKind", "ASSEMBLY", "share", share, "criticality", criticality));
    }

    static Map<String, Object> estimate(String scenario, double low, double high) {
        Map<String, Object> estimate = new HashMap<>();
        estimate.put("scenario", scenario);
        estimate.put("lossLow", low);
        estimate.put("lossHigh", high);
        return estimate;
    }

    @Test
    void shouldRankTheUnknownBoardMakerFirstAndPriceItsRangeWithTheVendorsEngagement() {
        // a vendor and a screw maker assessed in full; the board maker that builds the whole mainboard never assessed
        long vendor = organization(OrganizationKind.VENDOR, "DE");
        long boards = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        long screws = organization(OrganizationKind.COMPONENT_SUPPLIER, "TW");
        long unknownScrews = organization(OrganizationKind.COMPONENT_SUPPLIER, "TW");
        create("/api/assessments", assessment(vendor, 1));
        create("/api/assessments", assessment(screws, 2));
        link(vendor, boards, "Mainboard", "CRITICAL", 1.0);
        link(vendor, screws, "Screws", "LOW", 0.95);
        link(vendor, unknownScrews, "Screws", "LOW", 0.05);
        String vendorName = get("/api/organizations/" + vendor).getString("name");
        String boardsName = get("/api/organizations/" + boards).getString("name");

        JsonPath unpriced = get("/api/organizations/" + vendor + "/assess-next");
        assertThat(unpriced.getString("currency")).isNull();
        assertThat(unpriced.getString("note")).contains("No engagement is recorded");
        assertThat(unpriced.getList("items.organizationId", Long.class)).startsWith(boards)
                .doesNotContain(vendor, screws);
        assertThat(unpriced.<Object>get("items[0].moneyOpen")).isNull();

        // the demo's engagements are in USD: so is this one, and it goes again, so that portfolio plans still see one
        // currency
        try {
            put("/api/organizations/" + vendor + "/engagement", Map.of("unitsPerYear", 500, "unitPrice", 4000,
                    "currency", "USD", "criticality", "HIGH", "estimates", List.of(
                            estimate("hardware-implant", 1e5, 1e7), estimate("malicious-firmware", 2e4, 5e5))), null)
                    .statusCode(201);
            JsonPath next = get("/api/organizations/" + vendor + "/assess-next?limit=5");
            assertThat(next.getLong("vendorId")).isEqualTo(vendor);
            assertThat(next.getString("currency")).isEqualTo("USD");
            assertThat(next.getInt("limit")).isEqualTo(5);
            // the screw maker of 5 % of the screws moves the vendor little or not at all (scores are kept to 0.1)
            assertThat(next.getList("items.organizationId", Long.class)).startsWith(boards)
                    .isSubsetOf(boards, unknownScrews);
            Map<String, Object> first = next.getMap("items[0]");
            assertThat(((Number) first.get("rank")).intValue()).isEqualTo(1);
            assertThat(first.get("why")).isEqualTo("never assessed");
            assertThat(next.getList("items[0].path.id", Long.class)).containsExactly(vendor, boards);
            assertThat(next.getList("items[0].path.name", String.class)).containsExactly(vendorName, boardsName);
            assertThat(next.getDouble("items[0].own.low")).isLessThan(next.getDouble("items[0].own.expected"));
            assertThat(next.getDouble("items[0].own.expected")).isLessThan(next.getDouble("items[0].own.high"));
            // money open = p_eff range x (0.40 x mean(1e5, 1e7) + 0.15 x mean(2e4, 5e5))
            double perProbability = EconomicsModel.defaults().lossPerProbability(Map.of(
                    "hardware-implant", new LossInterval(1e5, 1e7), "malicious-firmware", new LossInterval(2e4, 5e5)));
            double probability = next.getDouble("items[0].probabilityOpen");
            assertThat(probability).isPositive();
            assertThat(next.getDouble("items[0].moneyOpen")).isCloseTo(probability * perProbability, within(0.01));
            assertThat(next.getString("items[0].reason")).startsWith("Never assessed (own score ")
                    .contains(vendorName + "'s annual compromise probability open by ")
                    .contains(" USD of expected annual loss a year.");

            // assessing the board maker settles it: it leaves the list
            create("/api/assessments", assessment(boards, 2));
            assertThat(get("/api/organizations/" + vendor + "/assess-next").getList("items.organizationId", Long.class))
                    .doesNotContain(boards).isSubsetOf(unknownScrews);
        } finally {
            delete("/api/organizations/" + vendor + "/engagement").statusCode(204);
        }
    }

    @Test
    void shouldListThePortfolioWithTheVendorsEachOrganizationMoves() {
        long first = organization(OrganizationKind.VENDOR, "DE");
        long second = organization(OrganizationKind.VENDOR, "DE");
        long shared = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        create("/api/assessments", assessment(first, 0));
        create("/api/assessments", assessment(second, 0));
        link(first, shared, "Mainboard", "CRITICAL", 1.0);
        link(second, shared, "Mainboard", "CRITICAL", 1.0);
        JsonPath portfolio = get("/api/assess-next?limit=100");
        assertThat(portfolio.getString("vendorId")).isNull();
        List<Map<String, Object>> items = portfolio.getList("items");
        assertThat(items).hasSizeLessThanOrEqualTo(100);
        Map<String, Object> item = items.stream().filter(i -> ((Number) i.get("organizationId")).longValue() == shared)
                .findFirst().orElseThrow();
        assertThat(((Number) item.get("vendorsAffected")).intValue()).isEqualTo(2);
        assertThat(portfolio.getList("items.rank", Integer.class)).isSorted();
    }

    @Test
    void shouldRefuseALimitOutsideOneToAHundredAndAnUnknownOrganization() {
        problem(given().get("/api/assess-next?limit=0").then(), 400, "limit");
        problem(given().get("/api/assess-next?limit=101").then(), 400, "limit");
        long vendor = organization(OrganizationKind.VENDOR, "DE");
        problem(given().get("/api/organizations/" + vendor + "/assess-next?limit=500").then(), 400, "limit");
        problem(given().get("/api/organizations/999999999/assess-next").then(), 404);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT, authMechanism = "basic")
    void shouldNotShowAssessNextToProcurement() {
        long vendor = get("/api/organizations?kind=VENDOR&size=1").getLong("items[0].id");
        given().get("/api/organizations/" + vendor + "/assess-next").then().statusCode(403);
        given().get("/organizations/" + vendor).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"assess-next\"")));
    }
}
