package dev.custody.scoring;

import static dev.custody.network.Fixtures.create;
import static dev.custody.network.Fixtures.organization;
import static dev.custody.network.Fixtures.problem;
import static dev.custody.network.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringModelAdminTest {
    static final String MODELS = "/api/scoring-models";

    @Inject
    EntityManager em;

    @AfterEach
    void restore() {
        ModelFixtures.restoreDefaults();
    }

    static int newDraft() {
        return given().contentType(ContentType.JSON).body(Map.of("note", "test draft")).post(MODELS).then()
                .statusCode(201).body("status", is("DRAFT")).extract().jsonPath().getInt("version");
    }

    static Map<String, Object> parameters(int version) {
        return given().get(MODELS + "/" + version).then().statusCode(200).extract().jsonPath().getMap("parameters");
    }

    static long revision(int version) {
        return Long.parseLong(given().get(MODELS + "/" + version).then().statusCode(200).extract().header("ETag")
                .replace("\"", ""));
    }

    /** PUTs the parameters changed at the given top-level keys or one level deep (credibility.DISPUTED). */
    static io.restassured.response.ValidatableResponse edit(int version, Long ifMatch, Object... changes) {
        Map<String, Object> parameters = new HashMap<>(parameters(version));
        for (int i = 0; i < changes.length; i += 2) {
            String[] path = changes[i].toString().split("\\.", 2);
            if (path.length == 1) {
                parameters.put(path[0], changes[i + 1]);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = new HashMap<>((Map<String, Object>) parameters.get(path[0]));
                inner.put(path[1], changes[i + 1]);
                parameters.put(path[0], inner);
            }
        }
        return put(MODELS + "/" + version, Map.of("parameters", parameters, "note", "edited"), ifMatch);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldTakeADraftFromCreationThroughGuardedEditsToDeletion() {
        int active = given().get(MODELS + "/active").then().extract().jsonPath().getInt("version");
        int draft = newDraft();
        assertThat(draft).isGreaterThan(active);
        problem(given().contentType(ContentType.JSON).body(Map.of()).post(MODELS).then(), 409)
                .body("detail", containsString("Draft version " + draft));
        assertThat(parameters(draft)).isEqualTo(parameters(active));

        long revision = revision(draft);
        edit(draft, revision, "halfLifeMonths", 12.0).statusCode(200).body("parameters.halfLifeMonths", is(12.0f))
                .body("note", is("edited")).header("ETag", "\"" + (revision + 1) + "\"");
        problem(edit(draft, revision, "halfLifeMonths", 6.0), 409);
        problem(edit(draft, null, "halfLifeMonths", 6.0), 428);
        assertThat(parameters(draft).get("halfLifeMonths")).isEqualTo(12.0f);
        problem(edit(active, revision(active), "halfLifeMonths", 6.0), 409).body("detail", containsString("active"));

        problem(given().delete(MODELS + "/" + draft).then(), 428);
        problem(given().header("If-Match", "\"" + revision + "\"").delete(MODELS + "/" + draft).then(), 409);
        given().header("If-Match", "\"" + (revision + 1) + "\"").delete(MODELS + "/" + draft).then().statusCode(204);
        problem(given().get(MODELS + "/" + draft).then(), 404);
        given().get(MODELS + "/" + active).then().statusCode(200).body("status", is("ACTIVE"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldNameEveryBadParameterAsAJsonPathAndSaveNothing() {
        int draft = newDraft();
        long revision = revision(draft);
        Map<String, Object> before = parameters(draft);
        Map<String, Object> noFactors = new HashMap<>();
        ((Map<?, ?>) before.get("factorWeights")).keySet().forEach(k -> noFactors.put(k.toString(), 0.0));

        problem(edit(draft, revision, "weightInsider", 0.5, "credibility.DISPUTED", 1.5, "pMin", 0.3,
                "mediumFrom", 60.0, "indicatorWeights", Map.of("No such index", 1.0), "factorWeights", noFactors,
                "halfLifeMonths", 0.0, "staleAfterMonths", 0, "criticalityFactor.LOW", -0.1, "floorScore", 101.0,
                "legGeographyWeight", 2.0), 400,
                "weightGeography", "weightInsider", "weightIncident", "credibility.DISPUTED", "pMax", "highFrom",
                "indicatorWeights.No such index", "factorWeights", "halfLifeMonths", "staleAfterMonths",
                "criticalityFactor.LOW", "floorScore", "legGeographyWeight");

        assertThat(parameters(draft)).isEqualTo(before);
        assertThat(revision(draft)).isEqualTo(revision);
        // One rule alone: the three weights of the own score may move as long as they still sum to 1.
        edit(draft, revision, "weightGeography", 0.25, "weightInsider", 0.5).statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldEditVersionTwosParametersNamingEachBadOneAndKeepTheDraftsFormula() {
        int draft = newDraft();
        long revision = revision(draft);
        Map<String, Object> before = parameters(draft);
        assertThat(before.get("formula")).isEqualTo(2);

        problem(edit(draft, revision, "unknownPrior", 4.5, "passThrough", -0.1, "inspectionEffect", 2.0,
                "legControlEffect", 1.5, "breadthPremium", 20.0, "breadthHalfAt", 10.0, "pMin", 0.06), 400,
                "unknownPrior", "passThrough", "inspectionEffect", "legControlEffect", "breadthHalfAt", "pMax");
        problem(edit(draft, revision, "formula", 1), 400, "formula").body("errors[0].message",
                containsString("cannot change"));
        assertThat(parameters(draft)).isEqualTo(before);

        edit(draft, revision, "unknownPrior", 2.0, "breadthPremium", 10.0, "breadthHalfAt", 25.0).statusCode(200)
                .body("parameters.formula", is(2)).body("parameters.unknownPrior", is(2.0f))
                .body("parameters.breadthHalfAt", is(25.0f));
        given().get(MODELS + "/" + draft + "/preview").then().statusCode(200).body("version", is(draft));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldLetOnlyAdministratorsChangeTheModelButEveryoneReadAndPreview() {
        int active = given().get(MODELS + "/active").then().extract().jsonPath().getInt("version");
        given().contentType(ContentType.JSON).body(Map.of()).post(MODELS).then().statusCode(403);
        put(MODELS + "/" + active, Map.of("parameters", parameters(active)), revision(active)).statusCode(403);
        given().post(MODELS + "/" + active + "/activate").then().statusCode(403);
        given().header("If-Match", "\"0\"").delete(MODELS + "/" + active).then().statusCode(403);
        given().get(MODELS + "/" + active + "/preview").then().statusCode(200).body("changedBand", is(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
    void shouldPreviewWithoutWritingExactlyTheBandChangesThatActivationThenMakes() {
        // G = 100 - CPI of Germany; I = 0; H = 100 * 0.8 * 0.95 = 76: own 0.35 G + 0.25 * 76, medium by default.
        long org = organization(OrganizationKind.COMPONENT_SUPPLIER, "DE");
        create("/api/assessments", ScoreResourceTest.assessment(org, 0));
        create("/api/incidents", ScoreResourceTest.incident(org, 8.0, "CONFIRMED", ScoreResourceTest.today()));
        JsonPath before = ScoreResourceTest.scoreOf(org);
        assertThat(before.getString("band")).isEqualTo("MEDIUM");
        int old = before.getInt("modelVersion");

        int draft = newDraft();
        edit(draft, revision(draft), "weightGeography", 0.1, "weightInsider", 0.1, "weightIncident", 0.8)
                .statusCode(200);
        Map<Long, Band> bands = bands();
        long history = history();

        JsonPath preview = given().get(MODELS + "/" + draft + "/preview").then().statusCode(200).extract().jsonPath();

        assertThat(bands()).isEqualTo(bands);
        assertThat(history()).isEqualTo(history);
        assertThat(preview.getInt("version")).isEqualTo(draft);
        assertThat(preview.getInt("activeVersion")).isEqualTo(old);
        double expected = 0.1 * before.getDouble("geography") + 0.8 * before.getDouble("incident");
        assertThat(preview.getList("movers.id", Long.class)).hasSizeLessThanOrEqualTo(20);

        Map<String, Object> activation = given().post(MODELS + "/" + draft + "/activate").then().statusCode(200)
                .body("version", is(draft)).body("retired", is(old)).extract().jsonPath().getMap("rescore");
        assertThat(((Number) activation.get("changed")).intValue()).isPositive();

        Map<Long, Band> after = bands();
        int changed = 0;
        Map<String, Integer> cells = new HashMap<>();
        for (Map.Entry<Long, Band> b : bands.entrySet()) {
            Band now = after.get(b.getKey());
            if (now != null && now != b.getValue()) {
                changed++;
                cells.merge(b.getValue() + ">" + now, 1, Integer::sum);
            }
        }
        assertThat(preview.getInt("changedBand")).isEqualTo(changed).isPositive();
        for (Map<String, Object> cell : preview.<Map<String, Object>>getList("matrix")) {
            if (!cell.get("from").equals(cell.get("to"))) {
                assertThat(cell.get("organizations")).as(cell.get("from") + ">" + cell.get("to"))
                        .isEqualTo(cells.getOrDefault(cell.get("from") + ">" + cell.get("to"), 0));
            }
        }
        JsonPath now = ScoreResourceTest.scoreOf(org);
        assertThat(now.getInt("modelVersion")).isEqualTo(draft);
        assertThat(now.getDouble("own")).isCloseTo(expected, within(1e-9));
        assertThat(now.getString("band")).isEqualTo("HIGH");
        given().get(MODELS + "/" + old).then().statusCode(200).body("status", is("RETIRED"))
                .body("activatedAt", notNullValue());
        given().get(MODELS + "/active").then().body("version", is(draft)).body("activatedAt", notNullValue());
    }

    private Map<Long, Band> bands() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Band> bands = new HashMap<>();
            for (Object[] r : em.createQuery("select s.organizationId, s.band from CurrentScore s", Object[].class)
                    .getResultList()) {
                bands.put((Long) r[0], (Band) r[1]);
            }
            return bands;
        });
    }

    private long history() {
        return QuarkusTransaction.requiringNew().call(() -> ScoreHistoryEntry.count());
    }
}
