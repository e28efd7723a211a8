package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.formPost;
import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.PageFixtures.Csrf;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The incident forms: a disputed incident stays labelled disputed; the API's rules show beside their fields. */
@QuarkusTest
class IncidentFormPagesTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRecordADisputedIncidentShownAsDisputed() {
        Organization org = PageFixtures.organization(unique("Incident Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "CN");
        given().accept("text/html").get("/organizations/" + org.id + "/incidents/new").then().statusCode(200)
                .body(containsString("always labelled disputed"));
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/incidents/new");
        String title = unique("Implant claim");

        formPost(csrf).formParam("title", title).formParam("occurredOn", "2024-05-02")
                .formParam("category", "HARDWARE_IMPLANT").formParam("severity", "7.5").formParam("status", "DISPUTED")
                .formParam("sourceReference", "https://example.org/claim").formParam("summary", "Reported by a journalist")
                .post("/organizations/" + org.id + "/incidents").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + org.id + "?saved=1#incidents"));

        given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .body(containsString(title)).body(containsString("2024-05-02")).body(containsString("status-disputed"))
                .body(not(containsString("status-confirmed")));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldRequireASourceAndASeverityUpToTen() {
        Organization org = PageFixtures.organization(unique("Incident Errors"), OrganizationKind.CONTRACT_MANUFACTURER, "CN");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/incidents/new");
        String title = unique("Untraceable rumour");

        formPost(csrf).formParam("title", title).formParam("occurredOn", "2024-05-02")
                .formParam("category", "INSIDER_MISCONDUCT").formParam("severity", "11").formParam("status", "ALLEGED")
                .formParam("sourceReference", "")
                .post("/organizations/" + org.id + "/incidents").then().statusCode(400)
                .body(containsString("id=\"sourceReference-error\">is required: name the report"))
                .body(containsString("id=\"severity-error\">must be between 0 and 10"))
                .body(not(containsString("id=\"title-error\"")));
        given().accept("text/html").get("/organizations/" + org.id).then().body(not(containsString(title)));
    }
}
