package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.formPost;
import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.PageFixtures.Csrf;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The site forms: add from the profile, errors beside their fields, edit and delete, and who may use them. */
@QuarkusTest
class SiteFormPagesTest {
    private static final Pattern EDIT_LINK = Pattern.compile("href=\"/sites/(\\d+)/edit\"");

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldAddASiteWithItsActivitiesAndShowItOnTheProfile() {
        Organization org = PageFixtures.organization(unique("Site Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        given().accept("text/html").get("/organizations/" + org.id).then()
                .body(containsString("href=\"/organizations/" + org.id + "/sites/new\""));
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/sites/new");
        String site = unique("Taoyuan line");

        formPost(csrf).formParam("name", site).formParam("country", "TW").formParam("city", "Taoyuan")
                .formParam("activities", "BOARD_ASSEMBLY", "TESTING")
                .post("/organizations/" + org.id + "/sites").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + org.id + "?saved=1#sites"));

        given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .body(containsString(site)).body(containsString("Taoyuan")).body(containsString(">Testing<"))
                .body(matchesPattern("(?s).*href=\"/sites/\\d+/edit\".*"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowEachErrorBesideItsFieldAndSaveNothing() {
        Organization org = PageFixtures.organization(unique("Site Errors"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + org.id + "/sites/new");
        String site = unique("Nowhere plant");

        formPost(csrf).formParam("name", site).formParam("country", "TW").formParam("city", " ")
                .post("/organizations/" + org.id + "/sites").then().statusCode(400)
                .body(containsString("id=\"city-error\">must not be blank"))
                .body(containsString("id=\"activities-error\">must name at least one activity"))
                .body(not(containsString("id=\"name-error\"")))
                .body(containsString("value=\"" + site + "\""));
        given().accept("text/html").get("/organizations/" + org.id).then().body(not(containsString(site)));
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldEditThenDeleteASite() {
        Organization org = PageFixtures.organization(unique("Site Editor"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        PageFixtures.site(org, unique("Old line"), "Hsinchu");
        Matcher edit = EDIT_LINK.matcher(given().accept("text/html").get("/organizations/" + org.id).asString());
        edit.find();
        long siteId = Long.parseLong(edit.group(1));
        Csrf csrf = PageFixtures.csrfFrom("/sites/" + siteId + "/edit");
        String renamed = unique("New line");

        formPost(csrf).formParam("name", renamed).formParam("country", "TW").formParam("city", "Tainan")
                .formParam("activities", "REWORK").formParam("version", "0")
                .post("/sites/" + siteId).then().statusCode(303).header("Location", endsWith("?saved=1#sites"));
        given().accept("text/html").get("/organizations/" + org.id).then().body(containsString(renamed))
                .body(containsString("Tainan"));
        formPost(csrf).formParam("version", "0").post("/sites/" + siteId + "/delete").then().statusCode(409)
                .body(containsString("class=\"alert error\"")).body(containsString("was changed by someone else"));
        formPost(csrf).formParam("version", "1").post("/sites/" + siteId + "/delete").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + org.id + "#sites"));
        // The name stays in the change history; the sites table is empty.
        given().accept("text/html").get("/organizations/" + org.id).then().body(containsString("No sites recorded."))
                .body(not(containsString("href=\"/sites/" + siteId + "/edit\"")));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldNotLetAnExecutiveOpenTheForm() {
        Organization org = PageFixtures.organization(unique("Exec Site"), OrganizationKind.VENDOR, "US");
        given().accept("text/html").get("/organizations/" + org.id + "/sites/new").then().statusCode(403);
        given().accept("text/html").get("/organizations/" + org.id).then().statusCode(200)
                .body(not(containsString("/sites/new"))).body(not(containsString("Add site")));
    }
}
