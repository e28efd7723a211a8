package dev.custody.economics.engagement;

import static dev.custody.network.Fixtures.post;
import static dev.custody.network.Fixtures.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Effectiveness;
import dev.custody.economics.Estimate;
import dev.custody.economics.Exposure;
import dev.custody.economics.LossInterval;
import dev.custody.economics.MonteCarlo;
import dev.custody.economics.Plan;
import dev.custody.economics.PlanOptimiser;
import dev.custody.economics.SafeguardCost;
import dev.custody.economics.Scenario;
import dev.custody.economics.SimulationComparison;
import dev.custody.network.Fixtures;
import dev.custody.network.OrganizationKind;
import dev.custody.scoring.ScoreService;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The economics endpoints agree with the calculators fed with the stored inputs. */
@QuarkusTest
@TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
class EconomicsResourceTest {
    static final double CENT = 0.01;
    /** Numbers read as doubles: RestAssured reads floats by default, too coarse for the comparisons here. */
    static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    ScoreService scores;

    /** The calculators' inputs rebuilt from what the API shows: engagement, score and catalogue. */
    record Inputs(Exposure exposure, List<dev.custody.economics.Safeguard> candidates, double pEff) {
    }

    Inputs inputs(long vendor) {
        EconomicsModel model = EconomicsModel.defaults();
        double pEff = scores.current(vendor).pEff;
        JsonPath engagement = given().get("/api/organizations/" + vendor + "/engagement").then().statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        List<Scenario> scenarios = new ArrayList<>();
        List<Map<String, Object>> estimates = engagement.getList("estimates");
        for (Map<String, Object> e : estimates) {
            String key = (String) e.get("scenario");
            LossInterval loss = new LossInterval(number(e.get("lossLow")), number(e.get("lossHigh")));
            scenarios.add(e.get("probabilityOverride") != null
                    ? new Scenario(key, number(e.get("probabilityOverride")), loss)
                    : Scenario.fromEffective(key, pEff, loss, model));
        }
        Exposure exposure = new Exposure(engagement.getInt("unitsPerYear"), engagement.getDouble("unitPrice"), scenarios);
        List<dev.custody.economics.Safeguard> candidates = new ArrayList<>();
        List<Map<String, Object>> catalogue = given().get("/api/safeguards").then().extract().jsonPath().using(DOUBLES).getList("$");
        for (Map<String, Object> s : catalogue) {
            @SuppressWarnings("unchecked")
            List<String> mitigated = (List<String>) s.get("scenarios");
            if (s.get("currency").equals(engagement.getString("currency"))
                    && scenarios.stream().anyMatch(sc -> mitigated.contains(sc.key()))) {
                candidates.add(new dev.custody.economics.Safeguard(String.valueOf(s.get("id")), new HashSet<>(mitigated),
                        new Effectiveness(number(s.get("effectivenessLow")), number(s.get("effectivenessExpected")),
                                number(s.get("effectivenessHigh"))),
                        new SafeguardCost(number(s.get("costOneTime")), number(s.get("costAnnual")),
                                number(s.get("costPerUnit")))));
            }
        }
        return new Inputs(exposure, candidates, pEff);
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /**
     * A vendor with a safeguard plan and no gate condition committing it: a new vendor given the seeded Halvard's
     * engagement (its analyst's probability drives a plan), since Halvard itself is barred and gets no plan.
     */
    static long plannedVendor() {
        JsonPath halvard = given().get("/api/organizations/" + DemoVendors.id(DemoVendors.HALVARD) + "/engagement")
                .then().statusCode(200).extract().jsonPath();
        long vendor = given().contentType("application/json").body(Map.of("name",
                        Fixtures.unique("Planned vendor"), "kind", "VENDOR", "hqCountry", "TW",
                        "ownership", "PRIVATE")).post("/api/organizations").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        List<Map<String, Object>> estimates = new ArrayList<>();
        for (Map<String, Object> e : halvard.<Map<String, Object>>getList("estimates")) {
            Map<String, Object> estimate = new java.util.HashMap<>();
            for (String field : List.of("scenario", "lossLow", "lossHigh", "probabilityOverride", "overrideReason")) {
                if (e.get(field) != null) {
                    estimate.put(field, e.get(field));
                }
            }
            estimates.add(estimate);
        }
        given().contentType("application/json").body(Map.of("unitsPerYear", halvard.getInt("unitsPerYear"),
                "unitPrice", halvard.get("unitPrice"), "currency", halvard.getString("currency"),
                "criticality", halvard.getString("criticality"), "estimates", estimates))
                .put("/api/organizations/" + vendor + "/engagement").then().statusCode(201);
        return vendor;
    }

    @Test
    @TestSecurity(user = "analyst", roles = {Roles.ANALYST, Roles.EXECUTIVE}, authMechanism = "basic")
    void shouldAgreeWithTheCalculatorsForAVendorWithAPlan() {
        long vendor = plannedVendor();
        Inputs inputs = inputs(vendor);
        EconomicsModel model = EconomicsModel.defaults();
        Plan plan = PlanOptimiser.optimise(inputs.exposure(), inputs.candidates(), model, null);
        List<dev.custody.economics.Safeguard> chosen = inputs.candidates().stream()
                .filter(s -> plan.safeguards().contains(s.key())).toList();
        SimulationComparison simulation = MonteCarlo.compare(inputs.exposure(), chosen, Estimate.EXPECTED, model);

        JsonPath answer = given().get("/api/organizations/" + vendor + "/economics").then().statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        assertThat(answer.getDouble("pEff")).isCloseTo(inputs.pEff(), within(1e-9));
        assertThat(plan.safeguards()).as("a plan to compare").isNotEmpty();
        assertThat(answer.getDouble("ale")).isCloseTo(inputs.exposure().ale(), within(CENT));
        for (int i = 0; i < inputs.exposure().scenarios().size(); i++) {
            Scenario scenario = inputs.exposure().scenarios().get(i);
            String line = "scenarios[" + i + "].";
            assertThat(answer.getString(line + "key")).isEqualTo(scenario.key());
            assertThat(answer.getDouble(line + "probability")).isCloseTo(scenario.probability(), within(1e-12));
            assertThat(answer.getDouble(line + "mu")).isCloseTo(scenario.loss().mu(), within(1e-9));
            assertThat(answer.getDouble(line + "sigma")).isCloseTo(scenario.loss().sigma(), within(1e-9));
            assertThat(answer.getDouble(line + "meanLoss")).isCloseTo(scenario.loss().mean(), within(CENT));
            assertThat(answer.getDouble(line + "ale")).isCloseTo(scenario.ale(), within(CENT));
        }
        assertThat(answer.getList("plan.safeguardIds", Long.class).stream().map(String::valueOf).toList())
                .isEqualTo(plan.safeguards());
        assertThat(answer.getDouble("plan.annualCost")).isCloseTo(plan.annualCost(), within(CENT));
        assertThat(answer.getDouble("plan.outcomes.expected.aleAfter"))
                .isCloseTo(plan.outcomes().expected().aleAfter(), within(CENT));
        assertThat(answer.getDouble("plan.gordonLoeb.bound")).isCloseTo(inputs.exposure().ale() / Math.E, within(CENT));
        assertThat(answer.getBoolean("plan.viability.exceeded")).isEqualTo(plan.viability().exceeded());
        assertThat(answer.getDouble("simulation.before.p95")).isCloseTo(simulation.before().p95(), within(CENT));
        assertThat(answer.getDouble("simulation.before.p99")).isCloseTo(simulation.before().p99(), within(CENT));
        assertThat(answer.getDouble("simulation.after.p99")).isCloseTo(simulation.after().p99(), within(CENT));
        assertThat(answer.getList("simulation.before.curve")).hasSize(simulation.before().curve().size());
        assertThat(answer.getList("candidates")).hasSize(inputs.candidates().size());
        assertThat(answer.getList("candidates.verdict", String.class))
                .isEqualTo(plan.appraisals().stream().map(a -> a.verdict().name()).toList());
        assertThat(answer.getList("candidates.annualCost", Double.class).get(0))
                .isCloseTo(plan.appraisals().get(0).annualCost(), within(CENT));
    }

    @Test
    void shouldMarkAnOverriddenProbabilityAndKeepTheDerivedOneBeside() {
        long halvard = DemoVendors.id(DemoVendors.HALVARD);
        double pEff = scores.current(halvard).pEff;
        JsonPath answer = given().get("/api/organizations/" + halvard + "/economics").then().statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        assertThat(answer.getBoolean("scenarios[0].overridden")).isTrue();
        assertThat(answer.getDouble("scenarios[0].probability")).isEqualTo(0.02);
        assertThat(answer.getString("scenarios[0].overrideReason")).contains("Calibrated");
        assertThat(answer.getDouble("scenarios[0].derivedProbability")).isCloseTo(pEff * 0.40, within(1e-12));
        assertThat(answer.getBoolean("scenarios[1].overridden")).isFalse();
        assertThat(answer.getDouble("scenarios[1].probability")).isCloseTo(pEff * 0.25, within(1e-12));
    }

    @Test
    void shouldGiveABarredVendorNoSafeguardBudgetAndShowItsLossAsTheExposureToExit() {
        long halvard = DemoVendors.id(DemoVendors.HALVARD);
        JsonPath answer = given().queryParam("budget", 1_000_000).get("/api/organizations/" + halvard + "/economics")
                .then().statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(answer.getList("plan.safeguardIds")).isEmpty();
        assertThat(answer.getDouble("plan.annualCost")).isZero();
        assertThat(answer.getDouble("exit.exposure")).isCloseTo(answer.getDouble("ale"), within(CENT)).isPositive();
        assertThat(answer.getString("exit.reason")).contains("Hengtai Telematics");
    }

    @Test
    @TestSecurity(user = "analyst", roles = {Roles.ANALYST, Roles.EXECUTIVE}, authMechanism = "basic")
    void shouldKeepThePlanWithinABudget() {
        long vendor = plannedVendor();
        JsonPath free = given().get("/api/organizations/" + vendor + "/economics").then().extract().jsonPath().using(DOUBLES);
        double unbounded = free.getDouble("plan.annualCost");
        assertThat(unbounded).isPositive();
        double budget = unbounded / 2;
        JsonPath bounded = given().queryParam("budget", budget).get("/api/organizations/" + vendor + "/economics")
                .then().statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(bounded.getDouble("plan.annualCost")).isLessThanOrEqualTo(budget);
        assertThat(bounded.getDouble("plan.budget")).isEqualTo(budget);
        problem(given().queryParam("budget", -1).get("/api/organizations/" + vendor + "/economics").then(), 400, "budget");
    }

    @Test
    void shouldSpreadAPortfolioBudgetWithoutExceedingIt() {
        JsonPath small = post("/api/economics/portfolio-plan", Map.of("budget", 100000)).statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        assertThat(small.getDouble("spent")).isLessThanOrEqualTo(100000.0);
        assertThat(small.getList("vendors.annualCost", Double.class).stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(small.getDouble("spent"), within(CENT));
        assertThat(small.getList("vendors.organizationName", String.class)).contains(DemoVendors.TSUKIMORI)
                .doesNotContain(DemoVendors.HALVARD);
        assertThat(small.getList("exits.organizationName", String.class)).contains(DemoVendors.HALVARD);
        JsonPath large = post("/api/economics/portfolio-plan", Map.of("budget", 2000000)).statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        assertThat(large.getDouble("spent")).isLessThanOrEqualTo(2000000.0);
        assertThat(large.getDouble("net")).isGreaterThanOrEqualTo(small.getDouble("net"));
        if (large.getDouble("spent") > 0) {
            assertThat(large.getDouble("marginalReturn")).isGreaterThanOrEqualTo(1.0);
        }

        long tsukimori = DemoVendors.id(DemoVendors.TSUKIMORI);
        JsonPath one = post("/api/economics/portfolio-plan", Map.of("budget", 2000000, "vendorIds", List.of(tsukimori)))
                .statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(one.getList("vendors.organizationId", Long.class)).containsExactly(tsukimori);
        long halvard = DemoVendors.id(DemoVendors.HALVARD);
        JsonPath barred = post("/api/economics/portfolio-plan", Map.of("budget", 2000000, "vendorIds", List.of(halvard)))
                .statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(barred.getList("vendors")).isEmpty();
        assertThat(barred.getList("exits.organizationId", Long.class)).containsExactly(halvard);
        long maker = DemoVendors.id("Qianmo Circuit Assembly Co., Ltd.");
        problem(post("/api/economics/portfolio-plan", Map.of("budget", 1000, "vendorIds", List.of(maker))), 400, "vendorIds");
        problem(post("/api/economics/portfolio-plan", Map.of("budget", -5)), 400, "budget");
    }

    @Test
    void shouldAnswerAQuickEstimate() {
        LossInterval loss = new LossInterval(100000, 10000000);
        Map<String, Object> adHoc = Map.of("name", "Seal everything", "effectivenessLow", 0.4,
                "effectivenessExpected", 0.5, "effectivenessHigh", 0.6, "costAnnual", 20000, "costPerUnit", 10);
        JsonPath answer = post("/api/economics/estimate", Map.of("probability", 0.1, "lossLow", 100000,
                "lossHigh", 10000000, "unitsPerYear", 1000, "unitPrice", 5000, "safeguards", List.of(adHoc)))
                .statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(answer.getDouble("mu")).isCloseTo(loss.mu(), within(1e-9));
        assertThat(answer.getDouble("sigma")).isCloseTo(loss.sigma(), within(1e-9));
        assertThat(answer.getDouble("meanLoss")).isCloseTo(loss.mean(), within(CENT));
        assertThat(answer.getDouble("ale")).isCloseTo(0.1 * loss.mean(), within(CENT));
        assertThat(answer.getDouble("residualProbability.expected")).isCloseTo(0.05, within(1e-12));
        assertThat(answer.getDouble("annualCost")).isCloseTo(20000 + 10 * 1000, within(CENT));
        assertThat(answer.getDouble("outcomes.expected.aleAfter")).isCloseTo(0.05 * loss.mean(), within(CENT));
        assertThat(answer.getDouble("viability.shareOfPrice")).isCloseTo(30.0 / 5000, within(1e-12));
        assertThat(answer.getDouble("simulation.after.p99")).isLessThanOrEqualTo(answer.getDouble("simulation.before.p99"));
        assertThat(answer.getList("safeguards", String.class)).containsExactly("Seal everything");

        SimulationComparison expected = MonteCarlo.compare(List.of(new Scenario("estimate", 0.1, loss)),
                List.of(new Scenario("estimate", 0.05, loss)), EconomicsModel.defaults().monteCarloYears(),
                EconomicsModel.defaults().seed());
        assertThat(answer.getDouble("simulation.before.p99")).isCloseTo(expected.before().p99(), within(CENT));
    }

    @Test
    void shouldApplyChosenCatalogueSafeguardsToAQuickEstimate() {
        Map<String, Object> first = given().get("/api/safeguards").then().extract().jsonPath().using(DOUBLES).getMap("[0]");
        double expected = number(first.get("effectivenessExpected"));
        JsonPath answer = post("/api/economics/estimate", Map.of("probability", 0.2, "lossLow", 1000, "lossHigh", 5000,
                "safeguardIds", List.of(first.get("id")))).statusCode(200).extract().jsonPath().using(DOUBLES);
        assertThat(answer.getDouble("residualProbability.expected")).isCloseTo(0.2 * (1 - expected), within(1e-9));
        assertThat(answer.getString("viability")).isNull();
    }

    @Test
    void shouldNameTheBadFieldsOfAQuickEstimate() {
        problem(post("/api/economics/estimate", Map.of("probability", 0.1, "lossLow", 500, "lossHigh", 500)), 400,
                "lossHigh");
        problem(post("/api/economics/estimate", Map.of("probability", 1.5, "lossLow", 5, "lossHigh", 500)), 400,
                "probability");
        problem(post("/api/economics/estimate", Map.of("probability", 0.1, "lossLow", 5, "lossHigh", 500,
                "safeguards", List.of(Map.of("effectivenessLow", 0.5, "effectivenessExpected", 0.6,
                        "effectivenessHigh", 0.55)))), 400, "safeguards[0].effectivenessHigh");
        problem(post("/api/economics/estimate", Map.of("probability", 0.1, "lossLow", 5, "lossHigh", 500,
                "safeguardIds", List.of(999999))), 400, "safeguardIds");
    }

    @Test
    void shouldAnswer404ForAnUnknownOrganization() {
        problem(given().get("/api/organizations/999999/economics").then(), 404);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST, authMechanism = "basic")
    void shouldAnswer404ForAVendorWithoutEngagement() {
        long vendor = Fixtures.organization(OrganizationKind.VENDOR);
        problem(given().get("/api/organizations/" + vendor + "/economics").then(), 404);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE, authMechanism = "basic")
    void shouldRefuseEngagementEditsToExecutives() {
        long halvard = DemoVendors.id(DemoVendors.HALVARD);
        problem(dev.custody.network.Fixtures.put("/api/organizations/" + halvard + "/engagement",
                Map.of("unitsPerYear", 1, "unitPrice", 1, "currency", "USD", "criticality", "LOW", "estimates", List.of()),
                0L), 403);
    }
}
