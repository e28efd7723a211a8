package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.formPost;
import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.PageFixtures.Csrf;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The supply link forms: the supplier typed by name, errors beside their fields, and a cycle refused by name. */
@QuarkusTest
class SupplyLinkFormPagesTest {

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldLinkASupplierTypedByNameAndShowItUnderTheBuyer() {
        Organization vendor = PageFixtures.organization(unique("Link Vendor"), OrganizationKind.VENDOR, "US");
        Organization maker = PageFixtures.organization(unique("Link Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        String form = given().accept("text/html").get("/organizations/" + vendor.id + "/links/new").then().statusCode(200)
                .body(containsString("<datalist id=\"organization-names\">"))
                .body(containsString("list=\"organization-names\""))
                .extract().asString();
        assertThat(form.split("name=\"criticality\"", -1)).as("one criticality field").hasSize(2);
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + vendor.id + "/links/new");

        formPost(csrf).formParam("supplier", maker.name.toUpperCase(Locale.ROOT)).formParam("item", "Mainboard assembly")
                .formParam("itemKind", "ASSEMBLY").formParam("share", "0.6").formParam("criticality", "CRITICAL")
                .post("/organizations/" + vendor.id + "/links").then().statusCode(303)
                .header("Location", endsWith("/organizations/" + vendor.id + "?saved=1#subtiers"));

        given().accept("text/html").get("/organizations/" + vendor.id).then().statusCode(200)
                .body(containsString(">" + maker.name + "</a>")).body(containsString("Mainboard assembly"))
                .body(containsString("60 %")).body(matchesPattern("(?s).*href=\"/links/\\d+/edit\".*"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowAnUnknownSupplierAndABadShareBesideTheirFields() {
        Organization vendor = PageFixtures.organization(unique("Link Errors"), OrganizationKind.VENDOR, "US");
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + vendor.id + "/links/new");
        String item = unique("Phantom part");

        formPost(csrf).formParam("supplier", unique("Nobody Ltd")).formParam("item", item)
                .formParam("itemKind", "COMPONENT").formParam("share", "1.5").formParam("criticality", "LOW")
                .post("/organizations/" + vendor.id + "/links").then().statusCode(400)
                .body(containsString("id=\"supplier-error\">no organization is called"))
                .body(containsString("id=\"share-error\">must be between 0 and 1"));
        given().accept("text/html").get("/organizations/" + vendor.id).then().body(not(containsString(item)));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRefuseALinkThatClosesACycleNamingIt() {
        Organization vendor = PageFixtures.organization(unique("Cycle Vendor"), OrganizationKind.VENDOR, "US");
        Organization maker = PageFixtures.organization(unique("Cycle Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        PageFixtures.link(vendor, maker, "Mainboard assembly", "0.5", Criticality.CRITICAL);
        Csrf csrf = PageFixtures.csrfFrom("/organizations/" + maker.id + "/links/new");

        formPost(csrf).formParam("supplier", vendor.name).formParam("item", "Reference design")
                .formParam("itemKind", "SERVICE").formParam("share", "1").formParam("criticality", "HIGH")
                .post("/organizations/" + maker.id + "/links").then().statusCode(409)
                .body(containsString("class=\"alert error\""))
                .body(containsString("would close a cycle"))
                .body(containsString(maker.name + " → " + vendor.name));
        given().accept("text/html").get("/organizations/" + maker.id).then().body(not(containsString("Reference design")));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldRefuseAPostWithoutTheCsrfField() {
        Organization vendor = PageFixtures.organization(unique("No Token Buyer"), OrganizationKind.VENDOR, "US");
        Organization maker = PageFixtures.organization(unique("No Token Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("supplier", maker.name).formParam("item", "Board").formParam("itemKind", "ASSEMBLY")
                .formParam("share", "0.5").formParam("criticality", "HIGH")
                .post("/organizations/" + vendor.id + "/links").then().statusCode(403);
        given().accept("text/html").get("/organizations/" + vendor.id).then().body(not(containsString(maker.name)));
    }
}
