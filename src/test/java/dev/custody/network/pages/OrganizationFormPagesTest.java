package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.custody.network.IncidentStatus;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.PageFixtures.Csrf;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The organization forms: CSRF, post-redirect-get, errors beside their fields, conflicts and roles. */
@QuarkusTest
class OrganizationFormPagesTest {

    private static RequestSpecification form(Csrf csrf) {
        return given().redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .cookie("custody-csrf", csrf.cookie()).formParam("_csrf", csrf.field());
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRefuseAPostWithoutTheCsrfField() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("name", unique("No Token")).formParam("kind", "VENDOR").formParam("hqCountry", "US")
                .formParam("ownership", "PRIVATE")
                .post("/organizations").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldCreateAndRedirectToTheProfileThatSaysSaved() {
        Csrf csrf = PageFixtures.csrfFrom("/organizations/new");
        // The token is bound to the session (an HMAC), not a copy of the cookie an attacker could choose.
        assertThat(csrf.field()).isNotBlank().isNotEqualTo(csrf.cookie());
        String name = unique("Form Vendor");

        String location = form(csrf).formParam("name", name).formParam("kind", "VENDOR").formParam("hqCountry", "us")
                .formParam("ownership", "PRIVATE").formParam("description", "Made through the form")
                .post("/organizations").then().statusCode(303)
                .header("Location", matchesPattern(".*/organizations/\\d+\\?saved=1$"))
                .extract().header("Location");

        given().accept("text/html").get(location).then().statusCode(200)
                .body(containsString(name)).body(containsString("Saved.")).body(containsString("Made through the form"))
                .body(containsString("United States (US)"));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldShowEachErrorUnderItsFieldWith400() {
        Csrf csrf = PageFixtures.csrfFrom("/organizations/new");
        String html = form(csrf).formParam("name", "  ").formParam("kind", "VENDOR").formParam("hqCountry", "US")
                .formParam("ownership", "FOREIGN_OWNED").formParam("parentCountry", "US")
                .post("/organizations").then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(html).containsPattern("(?s)<div class=\"field invalid\">\\s*<label for=\"name\"[^>]*>Name</label>\\s*"
                + "<input id=\"name\"[^>]*aria-invalid=\"true\"[^>]*>\\s*<p class=\"field-error\" id=\"name-error\">must not be blank</p>");
        assertThat(html).doesNotContain("id=\"kind-error\"");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldReportServiceRulesBesideTheirFields() {
        Organization taken = PageFixtures.organization(unique("Taken Name"), OrganizationKind.VENDOR, "US");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/new");
        form(csrf).formParam("name", taken.name).formParam("kind", "VENDOR").formParam("hqCountry", "ZZ")
                .formParam("ownership", "PRIVATE")
                .post("/organizations").then().statusCode(400)
                .body(containsString("id=\"hqCountry-error\">is not a known country code"));
        form(csrf).formParam("name", taken.name).formParam("kind", "VENDOR").formParam("hqCountry", "US")
                .formParam("ownership", "PRIVATE")
                .post("/organizations").then().statusCode(409)
                .body(containsString("id=\"name-error\">reads the same as &quot;" + taken.name + "&quot; (organization " + taken.id + ")"))
                .body(not(containsString("Someone else changed")));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldEditWithTheVersionAndRefuseAStaleOneWith409() {
        Organization org = PageFixtures.organization(unique("Edited Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/edit");
        String renamed = unique("Renamed Maker");

        form(csrf).formParam("name", renamed).formParam("kind", "CONTRACT_MANUFACTURER").formParam("hqCountry", "TW")
                .formParam("ownership", "PRIVATE").formParam("version", org.version)
                .post("/organizations/" + org.id).then().statusCode(303)
                .header("Location", endsWith("/organizations/" + org.id + "?saved=1"));
        form(csrf).formParam("name", unique("Lost Update")).formParam("kind", "CONTRACT_MANUFACTURER")
                .formParam("hqCountry", "TW").formParam("ownership", "PRIVATE").formParam("version", org.version)
                .post("/organizations/" + org.id).then().statusCode(409)
                .body(containsString("Someone else changed this record"))
                .body(containsString("href=\"/organizations/" + org.id + "/edit\""));
        given().accept("text/html").get("/organizations/" + org.id).then().body(containsString(renamed));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldDeleteOnlyWithoutDependents() {
        Organization kept = PageFixtures.organization(unique("Kept Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        PageFixtures.incident(kept, unique("Keeps it"), IncidentStatus.ALLEGED);
        Organization gone = PageFixtures.organization(unique("Gone Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + kept.id);

        form(csrf).formParam("version", kept.version).post("/organizations/" + kept.id + "/delete").then()
                .statusCode(409).body(containsString("class=\"alert error\"")).body(containsString("1 incident"));
        form(csrf).formParam("version", gone.version).post("/organizations/" + gone.id + "/delete").then()
                .statusCode(303).header("Location", endsWith("/organizations"));
        given().accept("text/html").get("/organizations/" + gone.id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldNotLetAnExecutiveOpenOrPostTheForm() {
        given().accept("text/html").get("/organizations/new").then().statusCode(403);
        Csrf csrf = PageFixtures.csrfFrom("/organizations");
        form(csrf).formParam("name", unique("Exec Vendor")).formParam("kind", "VENDOR").formParam("hqCountry", "US")
                .formParam("ownership", "PRIVATE").post("/organizations").then().statusCode(403);
    }
}
