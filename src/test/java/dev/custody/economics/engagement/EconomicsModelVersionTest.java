package dev.custody.economics.engagement;

import static dev.custody.network.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.scoring.ModelFixtures;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoringModel;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The economics figures follow the active scoring model's scenario shares, amortisation and viability threshold. */
@QuarkusTest
@TestSecurity(user = "admin", roles = Roles.ADMIN, authMechanism = "basic")
class EconomicsModelVersionTest {
    static final String MODELS = "/api/scoring-models";

    @Inject
    ScoreService scores;

    @AfterEach
    void restore() {
        ModelFixtures.restoreDefaults();
    }

    @Test
    void shouldDeriveScenarioProbabilitiesFromTheActivatedModelsShares() {
        long vendor = DemoVendors.id(DemoVendors.HALVARD);
        Map<String, Double> shares = new LinkedHashMap<>();
        double[] values = {0.10, 0.20, 0.30, 0.40};
        for (int i = 0; i < values.length; i++) {
            shares.put(ScoringModel.SCENARIOS.get(i), values[i]);
        }
        JsonPath before = economics(vendor);
        assertThat(before.getDouble("model.amortisationYears")).isEqualTo(3.0);

        activateDraftWith(Map.of("scenarioShares", shares, "amortisationYears", 5, "viabilityThreshold", 0.02));

        double pEff = QuarkusTransaction.requiringNew().call(() -> scores.current(vendor).pEff);
        JsonPath after = economics(vendor);
        assertThat(after.getDouble("pEff")).isCloseTo(pEff, within(1e-12));
        List<Map<String, Object>> lines = after.getList("scenarios");
        int derived = 0;
        for (Map<String, Object> line : lines) {
            double share = shares.get((String) line.get("key"));
            double defaultShare = ScoringModel.defaults().scenarioShares().get((String) line.get("key"));
            assertThat(number(line.get("share"))).isEqualTo(share);
            assertThat(number(line.get("derivedProbability"))).isCloseTo(pEff * share, within(1e-12))
                    .isNotCloseTo(pEff * defaultShare, within(1e-12));
            if (!(Boolean) line.get("overridden")) {
                derived++;
                assertThat(number(line.get("probability"))).isCloseTo(pEff * share, within(1e-12));
                assertThat(number(line.get("ale"))).isCloseTo(pEff * share * number(line.get("meanLoss")),
                        within(1e-6));
            }
        }
        assertThat(derived).isPositive();
        assertThat(after.getInt("model.amortisationYears")).isEqualTo(5);
        assertThat(after.getDouble("model.viabilityThreshold")).isEqualTo(0.02);
        assertThat(given().get("/api/threat-scenarios").then().statusCode(200).extract().jsonPath()
                .using(EconomicsResourceTest.DOUBLES).getList("defaultShare", Double.class))
                .containsExactly(0.10, 0.20, 0.30, 0.40);
    }

    static JsonPath economics(long vendor) {
        return given().get("/api/organizations/" + vendor + "/economics").then().statusCode(200).extract().jsonPath()
                .using(EconomicsResourceTest.DOUBLES);
    }

    /** Creates a draft from the active version with these top-level parameters changed, and activates it. */
    static void activateDraftWith(Map<String, Object> changes) {
        int draft = given().contentType(ContentType.JSON).body(Map.of("note", "economics")).post(MODELS).then()
                .statusCode(201).extract().jsonPath().getInt("version");
        var read = given().get(MODELS + "/" + draft).then().statusCode(200).extract();
        Map<String, Object> parameters = new HashMap<>(read.jsonPath().getMap("parameters"));
        parameters.putAll(changes);
        put(MODELS + "/" + draft, Map.of("parameters", parameters), Long.parseLong(read.header("ETag").replace("\"", "")))
                .statusCode(200);
        given().post(MODELS + "/" + draft + "/activate").then().statusCode(200);
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
