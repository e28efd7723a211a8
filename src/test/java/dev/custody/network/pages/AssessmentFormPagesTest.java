package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.formPost;
import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Assessment;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.PageFixtures.Csrf;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The assessment forms: a new one starts from the latest, factor errors show in their row, stale edits are refused. */
@QuarkusTest
class AssessmentFormPagesTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldStartFromTheLatestAssessmentAndSaveANewOne() {
        Organization org = PageFixtures.organization(unique("Assessed Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        PageFixtures.assessment(org, "Old Assessor", LocalDate.of(2023, 6, 1));
        given().accept("text/html").get("/organizations/" + org.id + "/assessments/new").then().statusCode(200)
                .body(containsString("Pre-filled from the assessment of 2023-06-01 by Old Assessor"))
                .body(matchesPattern("(?s).*<option value=\"PERSONNEL_SCREENING:3\" selected=\"selected\">.*"))
                .body(matchesPattern("(?s).*<option value=\"FIRMWARE_INTEGRITY:\" selected=\"selected\">.*"));
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/assessments/new");
        String assessor = unique("New Assessor");

        formPost(csrf).formParam("assessor", assessor).formParam("assessedOn", LocalDate.now().minusDays(1).toString())
                .formParam("ratings", "PERSONNEL_SCREENING:1", "FIRMWARE_INTEGRITY:4", "SUBTIER_VISIBILITY:")
                .formParam("evidenceNote", "Site visit")
                .post("/organizations/" + org.id + "/assessments").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + org.id + "?saved=1#assessments"));

        given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .body(containsString(assessor)).body(containsString("Site visit"))
                .body(containsString("class=\"score score-4\""));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowErrorsBesideTheAssessorAndTheFactorAndSaveNothing() {
        Organization org = PageFixtures.organization(unique("Assessment Errors"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/assessments/new");

        formPost(csrf).formParam("assessor", " ").formParam("assessedOn", "2024-01-10")
                .post("/organizations/" + org.id + "/assessments").then().statusCode(400)
                .body(containsString("id=\"assessor-error\">must not be blank"));
        String assessor = unique("Keen Assessor");
        formPost(csrf).formParam("assessor", assessor).formParam("assessedOn", "2024-01-10")
                .formParam("ratings", "FIRMWARE_INTEGRITY:7")
                .post("/organizations/" + org.id + "/assessments").then().statusCode(400)
                .body(containsString("id=\"factor-FIRMWARE_INTEGRITY-error\">must be a whole number from 0 (best) to 4"));
        given().accept("text/html").get("/organizations/" + org.id).then()
                .body(containsString("Never assessed")).body(not(containsString(assessor)));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRefuseAnEditOfAStaleVersionWithTheBanner() {
        Organization org = PageFixtures.organization(unique("Stale Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Assessment assessment = PageFixtures.assessment(org, "First Assessor", LocalDate.of(2024, 2, 1));
        String path = "/assessments/" + assessment.id;
        Csrf csrf = PageFixtures.csrfFrom(path + "/edit");

        formPost(csrf).formParam("assessor", "Second Assessor").formParam("assessedOn", "2024-02-01")
                .formParam("ratings", "PERSONNEL_SCREENING:2").formParam("version", assessment.version)
                .post(path).then().statusCode(303);
        formPost(csrf).formParam("assessor", "Lost Update").formParam("assessedOn", "2024-02-01")
                .formParam("ratings", "PERSONNEL_SCREENING:0").formParam("version", assessment.version)
                .post(path).then().statusCode(409)
                .body(containsString("Someone else changed this record"))
                .body(containsString("href=\"" + path + "/edit\""))
                .body(containsString("value=\"Lost Update\""));
        given().accept("text/html").get("/organizations/" + org.id).then()
                .body(containsString("Second Assessor")).body(not(containsString("Lost Update")));
    }
}
