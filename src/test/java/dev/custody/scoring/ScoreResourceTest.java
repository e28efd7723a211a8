package dev.custody.scoring;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static dev.custody.network.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.InsiderFactor;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoreResourceTest {
    @Inject
    EntityManager em;
    @Inject
    ScoringModelService models;

    static String score(long organization) {
        return "/api/organizations/" + organization + "/score";
    }

    /** The score, with numbers read as doubles (RestAssured reads floats by default). */
    static JsonPath scoreOf(long organization) {
        return new JsonPath(given().get(score(organization)).then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    static List<Map<String, Object>> history(long organization) {
        return new JsonPath(given().get(score(organization) + "/history").then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)).getList("$");
    }

    static long link(long buyer, long supplier, String item, String criticality, double share) {
        return create("/api/supply-links", Map.of("buyerId", buyer, "supplierId", supplier, "item", item,
                "itemKind", "ASSEMBLY", "share", share, "criticality", criticality));
    }

    static Map<String, Object> assessment(long organization, int... ratings) {
        Map<String, Object> factors = new HashMap<>();
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor.name(), ratings[factor.ordinal() % ratings.length]);
        }
        return Map.of("organizationId", organization, "assessor", "J. Analyst", "assessedOn", today().toString(),
                "factors", factors);
    }

    static Map<String, Object> incident(long organization, double severity, String status, LocalDate on) {
        return Map.of("organizationId", organization, "occurredOn", on.toString(), "category", "HARDWARE_IMPLANT",
                "severity", severity, "status", status, "title", unique("Implant report"), "sourceReference", "Test");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldScoreEveryDemoOrganizationWithinZeroToHundredAndExplainIt() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("data-seeds/demo/demo-network.json")) {
            new ObjectMapper().readTree(in).get("organizations").forEach(o -> names.add(o.get("name").asText()));
        }
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select o.id from Organization o where o.name in :names", Long.class).setParameter("names", names)
                .getResultList());
        assertThat(ids).hasSize(names.size()).hasSizeGreaterThan(40);
        JsonPath model = given().get("/api/scoring-models/active").then().statusCode(200).body("status", is("ACTIVE"))
                .body("parameters.weightGeography", is(0.35f)).extract().jsonPath();
        int active = model.getInt("version");
        double pMin = model.getDouble("parameters.pMin");
        int withPath = 0;
        for (long id : ids) {
            JsonPath s = scoreOf(id);
            for (String field : List.of("geography", "insider", "incident", "own", "inherited")) {
                assertThat(s.getDouble(field)).as(field + " of " + id).isBetween(0.0, 100.0);
            }
            assertThat(s.getDouble("inherited")).isGreaterThanOrEqualTo(s.getDouble("own"));
            assertThat(s.getDouble("pEff")).isGreaterThanOrEqualTo(s.getDouble("pOwn")).isBetween(pMin, 1.0);
            assertThat(s.getInt("modelVersion")).isEqualTo(active);
            assertThat(s.getList("contributions.own")).isNotEmpty();
            assertThat(s.getList("contributions.inherited")).isNotEmpty();
            withPath += s.getList("drivingPath").isEmpty() ? 0 : 1;
        }
        assertThat(withPath).as("organizations whose inherited score a supplier drives").isPositive();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldRaiseTheVendorsInheritedScoreInTheRequestThatWorsensItsSubcontractor() {
        long vendor = organization(OrganizationKind.VENDOR, "US");
        long subcontractor = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        link(vendor, subcontractor, "Mainboard assembly", "CRITICAL", 1.0);
        create("/api/assessments", assessment(vendor, 0));
        long assessment = create("/api/assessments", assessment(subcontractor, 0));
        double before = scoreOf(vendor).getDouble("inherited");
        int points = history(vendor).size();

        put("/api/assessments/" + assessment, assessment(subcontractor, 4, 3), 0L).statusCode(200);

        JsonPath after = scoreOf(vendor);
        assertThat(after.getDouble("inherited")).isGreaterThan(before + 1);
        assertThat(history(vendor)).hasSize(points + 1).first()
                .satisfies(newest -> assertThat(((Number) newest.get("inherited")).doubleValue())
                        .isCloseTo(after.getDouble("inherited"), within(1e-9)));
        assertThat(after.getLong("drivingPath[0].id")).isEqualTo(subcontractor);
        assertThat(after.getString("drivingPath[0].item")).isEqualTo("Mainboard assembly");
        assertThat(after.getDouble("drivingPath[0].points")).isPositive();
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldWeighADisputedIncidentWithCredibilityPointThreeAndSaySo() {
        long org = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        create("/api/incidents", incident(org, 10.0, "DISPUTED", today()));

        JsonPath s = scoreOf(org);
        assertThat(s.getDouble("incident")).isCloseTo(30.0, within(1e-9));
        assertThat(s.getList("contributions.incident.label", String.class))
                .anySatisfy(label -> assertThat(label).contains("disputed").doesNotContain("confirmed"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldGiveTheSameScoresIncrementallyAsAFullRescore() {
        given().post("/api/scores/rescore").then().statusCode(200);
        Random random = new Random(42);
        String iso2 = freeCountryCode(random);
        post("/api/countries", Map.of("iso2", iso2, "iso3", iso2 + "X", "name", unique("Scoreland"), "cpiScore", 40,
                "earGroupE1", false, "earGroupE2", false, "usEmbargoed", false, "itarProscribed", false)).statusCode(201);
        long vendor = organization(OrganizationKind.VENDOR, "US");
        long assembler = organization(OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        long chips = organization(OrganizationKind.COMPONENT_SUPPLIER, iso2);
        long firmware = organization(OrganizationKind.FIRMWARE_HOUSE, "DE");
        long forwarder = organization(OrganizationKind.LOGISTICS_PROVIDER, "NL");
        List<Long> orgs = List.of(vendor, assembler, chips, firmware, forwarder);
        List<Long> links = new ArrayList<>(List.of(link(vendor, assembler, "Board", "CRITICAL", 0.8),
                link(assembler, chips, "Chips", "HIGH", 0.5), link(assembler, firmware, "BIOS", "CRITICAL", 1.0),
                link(forwarder, vendor, "Servers", "LOW", 0.1)));
        // The forwarder buys from the vendor and handles its custody leg: a cycle through the leg.
        create("/api/custody-legs", Map.of("vendorId", vendor, "sequence", 1, "kind", "FORWARDER", "handlerId", forwarder,
                "country", iso2, "seals", false, "tracking", true, "escort", false));
        create("/api/sites", Map.of("organizationId", assembler, "name", "Plant", "country", iso2, "city", "Ville",
                "activities", List.of("BOARD_ASSEMBLY")));
        List<Long> assessments = new ArrayList<>();
        for (long org : orgs) {
            assessments.add(create("/api/assessments", assessment(org, random.nextInt(5), random.nextInt(5))));
        }
        double chipsGeography = scoreOf(chips).getDouble("geography");
        put("/api/countries/" + iso2, Map.of("iso3", iso2 + "X", "name", unique("Scoreland"), "cpiScore", 15,
                "earGroupE1", false, "earGroupE2", false, "usEmbargoed", false, "itarProscribed", false), 0L)
                .statusCode(200);
        assertThat(scoreOf(chips).getDouble("geography")).isGreaterThan(chipsGeography);

        for (int edit = 0; edit < 12; edit++) {
            long org = orgs.get(random.nextInt(orgs.size()));
            switch (random.nextInt(4)) {
                case 0 -> {
                    int i = random.nextInt(assessments.size());
                    long id = assessments.get(i);
                    put("/api/assessments/" + id, assessment(orgs.get(i), random.nextInt(5), random.nextInt(5)),
                            version("/api/assessments/" + id)).statusCode(200);
                }
                case 1 -> create("/api/incidents", incident(org, random.nextInt(101) / 10.0,
                        List.of("ALLEGED", "DISPUTED", "CONFIRMED", "REFUTED").get(random.nextInt(4)),
                        today().minusDays(random.nextInt(2000))));
                case 2 -> {
                    long id = links.get(random.nextInt(links.size()));
                    JsonPath current = given().get("/api/supply-links/" + id).then().extract().jsonPath();
                    put("/api/supply-links/" + id, Map.of("buyerId", current.getLong("buyerId"),
                            "supplierId", current.getLong("supplierId"), "item", current.getString("item"),
                            "itemKind", "ASSEMBLY", "share", random.nextInt(10001) / 10000.0,
                            "criticality", List.of("LOW", "MEDIUM", "HIGH", "CRITICAL").get(random.nextInt(4))),
                            current.getLong("version")).statusCode(200);
                }
                default -> {
                    long throwaway = organization(OrganizationKind.DISTRIBUTOR, "TW");
                    long supplier = orgs.get(1 + random.nextInt(orgs.size() - 2));
                    long id = link(throwaway, supplier, "Resale", "MEDIUM", 0.3);
                    assertThat(scoreOf(throwaway).getDouble("inherited")).isGreaterThan(0);
                    delete("/api/supply-links/" + id);
                    delete("/api/organizations/" + throwaway);
                    given().get(score(throwaway)).then().statusCode(404);
                }
            }
        }

        Map<Long, CurrentScore> incremental = snapshot();
        given().post("/api/scores/rescore").then().statusCode(200).body("changed", is(0));
        Map<Long, CurrentScore> full = snapshot();
        assertThat(full.keySet()).isEqualTo(incremental.keySet());
        for (CurrentScore f : full.values()) {
            CurrentScore i = incremental.get(f.organizationId);
            assertThat(new double[] {i.geography, i.insider, i.incident, i.ownScore, i.pOwn, i.pEff, i.inherited})
                    .as("organization %d", f.organizationId)
                    .containsExactly(new double[] {f.geography, f.insider, f.incident, f.ownScore, f.pOwn, f.pEff,
                            f.inherited}, within(1e-9));
            assertThat(i.band).isEqualTo(f.band);
        }
    }

    private Map<Long, CurrentScore> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, CurrentScore> rows = new HashMap<>();
            em.createQuery("from CurrentScore", CurrentScore.class).getResultList().forEach(s -> {
                em.detach(s);
                rows.put(s.organizationId, s);
            });
            return rows;
        });
    }

    private static void delete(String path) {
        given().header("If-Match", "\"" + version(path) + "\"").delete(path).then().statusCode(204);
    }

    private static long version(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static String freeCountryCode(Random random) {
        while (true) {
            String code = "X" + (char) ('A' + random.nextInt(26));
            if (given().get("/api/countries/" + code).statusCode() == 404) {
                return code;
            }
        }
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldAnswerNotFoundForAnUnknownOrganizationOrModelVersion() {
        problem(given().get(score(987_654_321L)).then(), 404);
        problem(given().get(score(987_654_321L) + "/history").then(), 404);
        problem(given().get("/api/scoring-models/999").then(), 404);
        given().get("/api/scoring-models").then().statusCode(200)
                .body("version", hasItem(1)).body("[0]", not(hasKey("parameters")));
        given().get("/api/scoring-models/1").then().statusCode(200).body("parameters.halfLifeMonths", is(24.0f));
    }

    @Test
    void shouldStoreTheDomainDefaultsAsVersionOne() {
        ScoringModel stored = QuarkusTransaction.requiringNew().call(() -> models.parameters(models.get(1)));
        assertThat(stored).isEqualTo(ScoringModel.defaults());
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldKeepTheFullRescoreForAdministrators() {
        given().post("/api/scores/rescore").then().statusCode(403);
        given().get("/api/scoring-models/active").then().statusCode(200);
    }

    @Test
    void shouldRequireAuthentication() {
        given().get(score(1)).then().statusCode(401);
        given().get("/api/scoring-models").then().statusCode(401);
        given().post("/api/scores/rescore").then().statusCode(401);
    }
}
