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
import org.junit.jupiter.api.Test;

/** The custody leg forms: the next position proposed, the handler typed by name, errors beside their fields. */
@QuarkusTest
class CustodyLegFormPagesTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldAddTheNextLegAndShowItInTheChain() {
        Organization vendor = PageFixtures.organization(unique("Leg Vendor"), OrganizationKind.VENDOR, "US");
        Organization factory = PageFixtures.organization(unique("Leg Factory"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Organization carrier = PageFixtures.organization(unique("Leg Carrier"), OrganizationKind.LOGISTICS_PROVIDER, "NL");
        PageFixtures.leg(vendor, factory, 1, true);
        given().accept("text/html").get("/organizations/" + vendor.id + "/legs/new").then().statusCode(200)
                .body(matchesPattern("(?s).*id=\"sequence\"[^>]*value=\"2\".*"));
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + vendor.id + "/legs/new");

        formPost(csrf).formParam("sequence", "2").formParam("kind", "CARRIER").formParam("handler", carrier.name)
                .formParam("country", "NL").formParam("seals", "on")
                .post("/organizations/" + vendor.id + "/legs").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + vendor.id + "?saved=1#custody"));

        given().accept("text/html").get("/organizations/" + vendor.id).then().statusCode(200)
                .body(containsString(">" + carrier.name + "</a>")).body(containsString(">Carrier<"))
                .body(matchesPattern("(?s).*href=\"/legs/\\d+/edit\".*"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowABadPositionAndAMissingHandlerBesideTheirFields() {
        Organization vendor = PageFixtures.organization(unique("Leg Errors"), OrganizationKind.VENDOR, "US");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + vendor.id + "/legs/new");

        formPost(csrf).formParam("sequence", "0").formParam("kind", "FORWARDER").formParam("handler", "")
                .formParam("country", "NL")
                .post("/organizations/" + vendor.id + "/legs").then().statusCode(400)
                .body(containsString("id=\"sequence-error\">must be 1 or more"))
                .body(containsString("id=\"handler-error\">must not be blank"));
        given().accept("text/html").get("/organizations/" + vendor.id).then()
                .body(containsString("No custody legs recorded.")).body(not(containsString("href=\"/legs/")));
    }
}
