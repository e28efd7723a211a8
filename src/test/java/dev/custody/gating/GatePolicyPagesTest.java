package dev.custody.gating;

import static dev.custody.network.pages.PageFixtures.csrfFrom;
import static dev.custody.network.pages.PageFixtures.formPost;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Criticality;
import dev.custody.network.pages.PageFixtures;
import dev.custody.scoring.ModelStatus;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatePolicyPagesTest {
    static final String BASE = "/admin/gate-policies";

    @Inject
    GatePolicyService policies;
    @Inject
    GatePolicyAdmin admin;

    /** A post of the draft form with the default parameters, then the given field, value pairs. */
    static RequestSpecification draftForm(PageFixtures.Csrf csrf, long revision, String... changes) {
        RequestSpecification post = formPost(csrf).formParam("revision", revision).formParam("note", "page draft");
        GatePolicy defaults = GatePolicy.defaults();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Criticality c : Criticality.values()) {
            fields.put("thresholds." + c + ".approveBelow", String.valueOf(defaults.at(c).approveBelow()));
            fields.put("thresholds." + c + ".rejectAbove", String.valueOf(defaults.at(c).rejectAbove()));
            fields.put("thresholds." + c + ".minVisibility", String.valueOf(defaults.at(c).minVisibility()));
        }
        fields.put("reevaluationMonths", "12");
        fields.put("maxConditionCostPercent", "25");
        fields.put("conditionDeadlineDays", "90");
        fields.put("blockRestrictedParties", "true");
        fields.put("blockEmbargoedCountries", "true");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(post::formParam);
        return post;
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldEditADraftWithErrorsBesideTheFieldsAndActivateIt() {
        GatePolicyVersion before = policies.active();
        given().get(BASE).then().statusCode(200).body(containsString("New draft"))
                .body(containsString("href=\"/admin/gate-policies/" + before.version + "\""));
        String location = formPost(csrfFrom(BASE)).post(BASE).then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/admin/gate-policies/\\d+$");
        String draft = location.substring(location.indexOf(BASE));
        int version = Integer.parseInt(draft.substring(draft.lastIndexOf('/') + 1));
        try {
            PageFixtures.Csrf csrf = csrfFrom(draft);
            given().get(draft).then().statusCode(200).body(containsString("name=\"thresholds.HIGH.approveBelow\""));
            formPost(csrfFrom(BASE)).post(BASE).then().statusCode(409).body(containsString("exists already"));

            String refused = draftForm(csrf, 0, "thresholds.HIGH.approveBelow", "lots",
                    "thresholds.LOW.rejectAbove", "10", "reevaluationMonths", "0").post(draft)
                    .then().statusCode(400).extract().asString();
            assertThat(refused).containsPattern("id=\"thresholds.HIGH.approveBelow-error\"[^>]*>must be a number")
                    .containsPattern("id=\"thresholds.LOW.rejectAbove-error\"[^>]*>must be between approveBelow and 100")
                    .contains("value=\"lots\"");
            assertThat(stored(version).at(Criticality.LOW).rejectAbove()).isEqualTo(90);

            draftForm(csrf, 0, "reevaluationMonths", "0").post(draft).then().statusCode(400)
                    .body(containsString("id=\"reevaluationMonths-error\""));
            draftForm(csrf, 0, "maxConditionCostPercent", "0").post(draft).then().statusCode(400)
                    .body(containsString("id=\"maxConditionCostPercent-error\""));
            draftForm(csrf, 0, "reevaluationMonths", "18", "thresholds.CRITICAL.minVisibility", "80",
                    "blockEmbargoedCountries", "false").post(draft).then().statusCode(303)
                    .header("Location", containsString(draft + "?saved=true"));
            GatePolicy saved = stored(version);
            assertThat(saved.reevaluationMonths()).isEqualTo(18);
            assertThat(saved.at(Criticality.CRITICAL).minVisibility()).isEqualTo(80);
            assertThat(saved.blockEmbargoedCountries()).isFalse();
            draftForm(csrf, 0, "reevaluationMonths", "6").post(draft).then().statusCode(409);

            formPost(csrf).post(draft + "/activate").then().statusCode(303)
                    .header("Location", containsString(draft + "?reevaluated="));
            assertThat(QuarkusTransaction.requiringNew().call(() -> policies.active().version)).isEqualTo(version);
            given().get(draft + "?reevaluated=3&marked=1").then().statusCode(200)
                    .body(containsString("3 requests were re-evaluated")).body(containsString("id=\"thresholds\""))
                    .body(not(containsString("name=\"thresholds.HIGH.approveBelow\"")));
            formPost(csrf).post(draft + "/activate").then().statusCode(409).body(containsString("only a draft"));
        } finally {
            if (QuarkusTransaction.requiringNew().call(() -> policies.get(version).status)
                    == ModelStatus.DRAFT) {
                admin.activate(version);
            }
            admin.activate(admin.createDraft(before.version, "restore", "test").version);
        }
    }

    /** The parameters as committed, read afresh. */
    private GatePolicy stored(int version) {
        return QuarkusTransaction.requiringNew()
                .call(() -> policies.parameters(policies.get(version)));
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldKeepThePagesFromNonAdministrators() {
        given().get(BASE).then().statusCode(403);
        given().get(BASE + "/1").then().statusCode(403);
    }
}
