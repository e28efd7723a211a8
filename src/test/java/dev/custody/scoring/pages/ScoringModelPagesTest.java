package dev.custody.scoring.pages;

import static dev.custody.network.pages.PageFixtures.csrfFrom;
import static dev.custody.network.pages.PageFixtures.formPost;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.network.pages.PageFixtures;
import dev.custody.scoring.ModelFixtures;
import dev.custody.scoring.ScoringModel;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringModelPagesTest {
    static final String BASE = "/admin/scoring-models";

    @AfterEach
    void restore() {
        ModelFixtures.restoreDefaults();
    }

    /** A post of the draft form with every parameter at its default, then the given path, value pairs. */
    /** The form of a draft of the active model (version 2's defaults). */
    static RequestSpecification draftForm(PageFixtures.Csrf csrf, long revision, String... changes) {
        return draftForm(ScoringModel.version2(), csrf, revision, changes);
    }

    /** The same with every parameter the form of a model like this one shows. */
    static RequestSpecification draftForm(ScoringModel like, PageFixtures.Csrf csrf, long revision, String... changes) {
        RequestSpecification post = formPost(csrf).formParam("revision", revision).formParam("note", "page draft");
        for (ModelParameters.Section s : ModelParameters.of(like, List.of())) {
            for (ModelParameters.Param p : s.params()) {
                String value = p.value();
                for (int i = 0; i < changes.length; i += 2) {
                    value = changes[i].equals(p.path()) ? changes[i + 1] : value;
                }
                post.formParam(p.path(), value);
            }
        }
        return post;
    }

    static String newDraft() {
        String location = formPost(csrfFrom(BASE)).post(BASE).then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/admin/scoring-models/\\d+$");
        return location.substring(location.indexOf(BASE));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldEditADraftWithErrorsBesideTheFieldsPreviewItAndShowItsMethodology() {
        given().get(BASE).then().statusCode(200).body(containsString("New draft"));
        String draft = newDraft();
        int version = Integer.parseInt(draft.substring(draft.lastIndexOf('/') + 1));
        PageFixtures.Csrf csrf = csrfFrom(draft);
        given().get(draft).then().statusCode(200).body(containsString("name=\"weightIncident\""))
                .body(containsString("name=\"credibility.DISPUTED\""));

        String refused = draftForm(csrf, 0, "weightInsider", "0.9", "credibility.DISPUTED", "lots").post(draft)
                .then().statusCode(400).extract().asString();
        assertThat(refused).containsPattern("id=\"weightInsider-error\"[^>]*>the weights of G, I and H must sum to 1")
                .contains("id=\"credibility.DISPUTED-error\"").contains("value=\"lots\"");

        draftForm(csrf, 0, "halfLifeMonths", "12").post(draft).then().statusCode(303)
                .header("Location", containsString(draft + "?saved=true"));
        given().get("/methodology?version=" + version).then().statusCode(200)
                .body(containsString("<var>h</var> = <strong>12</strong> months"));
        given().get("/methodology").then().statusCode(200)
                .body(containsString("<var>h</var> = <strong>24</strong> months"));
        draftForm(csrf, 0, "halfLifeMonths", "6").post(draft).then().statusCode(409)
                .body(containsString("was changed by someone else"));

        given().get(draft + "?preview=true").then().statusCode(200).body(containsString("id=\"band-changes\""));
        formPost(csrf).post(draft + "/activate").then().statusCode(303)
                .header("Location", containsString(draft + "?activated="));
        given().get(draft).then().statusCode(200).body(containsString("active"))
                .body(not(containsString("name=\"weightIncident\"")));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldShowTheModelAndMethodologyReadOnlyToOtherRoles() {
        given().get(BASE + "/1").then().statusCode(200).body(containsString("Weight of incident history H"))
                .body(not(containsString("name=\"weightIncident\"")));
        given().get("/methodology").then().statusCode(200).body(containsString("href=\"/methodology\""))
                .body(not(containsString("href=\"/admin/scoring-models\"")));
        formPost(csrfFrom(BASE)).post(BASE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldExplainVersionTwoWithItsCalibrationAndStillExplainVersionOne() {
        ModelFixtures.restoreDefaults();
        String v2 = given().get("/methodology").then().statusCode(200).extract().asString();
        assertThat(v2).contains("id=\"formulas-v2\"", "id=\"insider-prior\"", "id=\"own-floor\"", "id=\"range\"",
                "id=\"calibration-sources\"", "order-of-magnitude anchors, not measurements", "NSA",
                "The Big Hack", "ERAI", "GIDEP");
        // the anchors are computed from the version's own scale: p(50) = sqrt(0.0002 * 0.05) = 0.32 %
        assertThat(v2).containsPattern("id=\"p50\">0\\.32\\s?%<");
        assertThat(v2).doesNotContain("legGeographyWeight", "counts as 4 (unknown is risky)");
        String v1 = given().get("/methodology?version=1").then().statusCode(200).extract().asString();
        assertThat(v1).contains("counts as 4 (unknown is risky)", "id=\"propagation\"")
                .doesNotContain("id=\"formulas-v2\"", "id=\"calibration\"");
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldEditTheEconomicsParametersOfADraftAndShowThemInItsMethodology() {
        String draft = newDraft();
        int version = Integer.parseInt(draft.substring(draft.lastIndexOf('/') + 1));
        PageFixtures.Csrf csrf = csrfFrom(draft);
        given().get(draft).then().statusCode(200).body(containsString("id=\"section-economics\""))
                .body(containsString("name=\"scenarioShares.hardware-implant\""))
                .body(containsString("name=\"amortisationYears\"")).body(containsString("name=\"viabilityThreshold\""));

        String refused = draftForm(csrf, 0, "scenarioShares.hardware-implant", "0.5", "viabilityThreshold", "2")
                .post(draft).then().statusCode(400).extract().asString();
        assertThat(refused)
                .containsPattern("id=\"scenarioShares.hardware-implant-error\"[^>]*>the scenario shares must sum to 1")
                .containsPattern("id=\"viabilityThreshold-error\"[^>]*>must be above 0 and at most 1");

        draftForm(csrf, 0, "scenarioShares.hardware-implant", "0.3", "scenarioShares.transit-tampering", "0.35",
                "amortisationYears", "4", "viabilityThreshold", "0.08").post(draft).then().statusCode(303);
        String methodology = given().get("/methodology?version=" + version).then().statusCode(200).extract().asString();
        assertThat(methodology).containsPattern("<td>transit-tampering</td>\\s*<td>0.35</td>")
                .contains("over\n      <strong>4</strong> years").contains("<strong>0.08</strong> of the unit price");
        given().get("/methodology").then().statusCode(200)
                .body(containsString("<strong>0.05</strong> of the unit price"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldEditVersionTwosParametersInAVersionTwoDraftAndKeepVersionOnesFormForAVersionOneDraft() {
        String draft = newDraft();
        int version = Integer.parseInt(draft.substring(draft.lastIndexOf('/') + 1));
        PageFixtures.Csrf csrf = csrfFrom(draft);
        given().get(draft).then().statusCode(200).body(containsString("Formulas of version 2"))
                .body(containsString("name=\"unknownPrior\"")).body(containsString("name=\"passThrough\""))
                .body(containsString("name=\"inspectionEffect\"")).body(containsString("name=\"breadthPremium\""))
                .body(containsString("name=\"breadthHalfAt\"")).body(containsString("name=\"legControlEffect\""))
                .body(not(containsString("name=\"legGeographyWeight\"")));

        ScoringModel v2 = ScoringModel.version2();
        String refused = draftForm(v2, csrf, 0, "breadthHalfAt", "10", "unknownPrior", "5", "passThrough", "x")
                .post(draft).then().statusCode(400).extract().asString();
        assertThat(refused).containsPattern("id=\"breadthHalfAt-error\"[^>]*>must be at least the breadth premium")
                .containsPattern("id=\"unknownPrior-error\"[^>]*>must be between 0 and 4")
                .containsPattern("id=\"passThrough-error\"[^>]*>must be a number");
        assertThat(ModelFixtures.parameters(version)).isEqualTo(v2);

        draftForm(v2, csrf, 0, "unknownPrior", "2.5", "breadthPremium", "10", "breadthHalfAt", "20").post(draft)
                .then().statusCode(303);
        ScoringModel saved = ModelFixtures.parameters(version);
        assertThat(saved.formula()).isEqualTo(2);
        assertThat(saved.unknownPrior()).isEqualTo(2.5);
        assertThat(saved.breadthPremium()).isEqualTo(10.0);
        assertThat(saved.breadthHalfAt()).isEqualTo(20.0);
        assertThat(saved.legGeographyWeight()).isEqualTo(v2.legGeographyWeight());
        given().get(draft + "?preview=true").then().statusCode(200).body(containsString("id=\"band-changes\""))
                .body(containsString("id=\"movers\""));

        PageFixtures.Csrf list = csrfFrom(BASE);
        formPost(list).formParam("version", 1).post(draft + "/delete").then().statusCode(303);
        String location = formPost(csrfFrom(BASE)).formParam("from", "1").post(BASE).then().statusCode(303)
                .extract().header("Location");
        String old = location.substring(location.indexOf(BASE));
        given().get(old).then().statusCode(200).body(containsString("Formulas of version 1"))
                .body(containsString("name=\"legGeographyWeight\"")).body(not(containsString("name=\"unknownPrior\"")));
        int oldVersion = Integer.parseInt(old.substring(old.lastIndexOf('/') + 1));
        draftForm(ScoringModel.defaults(), csrfFrom(old), 0, "legGeographyWeight", "0.6").post(old).then()
                .statusCode(303);
        assertThat(ModelFixtures.parameters(oldVersion).formula()).isEqualTo(1);
        assertThat(ModelFixtures.parameters(oldVersion).legGeographyWeight()).isEqualTo(0.6);
    }
}
