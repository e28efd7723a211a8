package dev.custody.network.pages;

import static dev.custody.network.pages.PageFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The read pages: vendor list, network list and profile, as a browser gets them. */
@QuarkusTest
class OrganizationPagesTest {

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldListANewVendorWithTheFilterForm() {
        String name = unique("Listed Vendor");
        Organization vendor = PageFixtures.organization(name, OrganizationKind.VENDOR, "US");

        given().accept("text/html").queryParam("sort", "-updatedAt").get("/vendors").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString(name))
                .body(containsString("href=\"/organizations/" + vendor.id + "\""))
                .body(containsString("<form class=\"filters\""))
                .body(containsString("name=\"q\""))
                .body(containsString("aria-sort=\"descending\""))
                .body(not(containsString("href=\"/organizations/new\"")));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldNarrowTheListBySearch() {
        String suffix = unique("x").substring(2);
        String wanted = "Needle Vendor " + suffix;
        String other = "Haystack Vendor " + suffix;
        PageFixtures.organization(wanted, OrganizationKind.VENDOR, "DE");
        PageFixtures.organization(other, OrganizationKind.VENDOR, "DE");
        String supplier = "Needle Supplier " + suffix;
        PageFixtures.organization(supplier, OrganizationKind.COMPONENT_SUPPLIER, "DE");

        given().accept("text/html").queryParam("q", "needle vendor " + suffix).get("/vendors").then()
                .statusCode(200).body(containsString(">" + wanted + "</a>")).body(not(containsString(other)))
                .body(containsString("1 organization"));
        given().accept("text/html").queryParam("q", supplier).get("/vendors").then()
                .statusCode(200).body(not(containsString(">" + supplier + "</a>"))).body(containsString("Nothing matches"));
        given().accept("text/html").queryParam("q", supplier).queryParam("kind", "COMPONENT_SUPPLIER")
                .get("/organizations").then().statusCode(200).body(containsString(">" + supplier + "</a>"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowABadQueryAsAnErrorPageNotA500() {
        given().accept("text/html").queryParam("size", "0").get("/vendors").then()
                .statusCode(400).contentType(containsString("text/html")).body(containsString("size"));
        given().accept("text/html").queryParam("kind", "SPACESHIP").get("/organizations").then()
                .statusCode(400).body(containsString("kind"));
        given().accept("text/html").queryParam("sort", "password").get("/organizations").then().statusCode(400);
        given().accept("text/html").queryParam("page", "two").get("/organizations").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldShowTheProfileWithSitesAndADisputedIncidentMarkedDisputed() {
        Organization org = PageFixtures.organization(unique("Profiled Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        PageFixtures.site(org, "Hsinchu board line", "Hsinchu");
        String disputed = unique("Implant claim");
        PageFixtures.incident(org, disputed, IncidentStatus.DISPUTED);

        given().accept("text/html").get("/organizations/" + org.id).then()
                .statusCode(200)
                .body(containsString("id=\"sites\""))
                .body(containsString("Hsinchu board line"))
                .body(containsString("Board assembly"))
                .body(containsString(disputed))
                .body(containsString("badge status status-disputed"))
                .body(containsString(">Disputed</span>"))
                .body(not(containsString("status-confirmed")))
                .body(not(containsString(">Confirmed<")))
                .body(not(containsString("/edit")));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldShowTheSubTierTreeBuyersCustodyChainAndStaleAssessments() {
        Organization vendor = PageFixtures.organization(unique("Tree Vendor"), OrganizationKind.VENDOR, "US");
        Organization maker = PageFixtures.organization(unique("Tree Maker"), OrganizationKind.CONTRACT_MANUFACTURER, "TW");
        Organization chip = PageFixtures.organization(unique("Tree Chip"), OrganizationKind.COMPONENT_SUPPLIER, "CN");
        Organization forwarder = PageFixtures.organization(unique("Tree Forwarder"), OrganizationKind.LOGISTICS_PROVIDER, "NL");
        Organization wafer = PageFixtures.organization(unique("Tree Wafer"), OrganizationKind.COMPONENT_SUPPLIER, "TW");
        PageFixtures.link(vendor, maker, "Mainboard assembly", "0.6", Criticality.CRITICAL);
        PageFixtures.link(vendor, chip, "Spare BMC chips", "0.1", Criticality.MEDIUM);
        PageFixtures.link(maker, chip, "BMC chip", "0.9", Criticality.HIGH);
        PageFixtures.link(chip, wafer, "Wafers", "0.5", Criticality.HIGH);
        PageFixtures.leg(vendor, forwarder, 1, false);
        PageFixtures.assessment(vendor, "Old Assessor", LocalDate.now().minusMonths(30));
        // The tree comes from the scoring engine, which learns of rows written around the services at a full rescore.
        PageFixtures.rescoreAll();

        String html = given().accept("text/html").get("/organizations/" + vendor.id).then().statusCode(200)
                .body(containsString("<details open"))
                .body(containsString(maker.name)).body(containsString(chip.name))
                .body(containsString("Mainboard assembly")).body(containsString("60 %"))
                .body(containsString("crit-critical"))
                .body(containsString(forwarder.name)).body(containsString("No controls"))
                .body(containsString("Old Assessor")).body(containsString(">stale<"))
                .body(containsString(">unknown<"))
                .body(containsString("id=\"history\""))
                .extract().asString();
        // The wafer maker sits below the chip maker, which is reached along two paths: the paths collapse, the chip
        // maker's suppliers are shown once and the other path says so.
        String section = html.substring(html.indexOf("id=\"subtiers\""), html.indexOf("id=\"buyers\""));
        String tree = section.substring(0, section.indexOf("<h3"));
        assertThat(tree.split(Pattern.quote(">" + wafer.name + "</a>"), -1)).hasSize(2);
        assertThat(tree.split(Pattern.quote(">" + chip.name + "</a>"), -1)).hasSize(3);
        assertThat(tree).contains("its suppliers are shown elsewhere in this tree", "badge band band-");
        given().accept("text/html").get("/organizations/" + maker.id).then().statusCode(200)
                .body(containsString("href=\"/organizations/" + vendor.id + "\""));
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void shouldAnswerAnUnknownOrganizationWithThe404Page() {
        given().accept("text/html").get("/organizations/987654321").then()
                .statusCode(404).contentType(containsString("text/html")).body(containsString("does not exist"));
    }

    @Test
    void shouldSendAnonymousVisitorsToTheLogin() {
        given().redirects().follow(false).get("/vendors").then().statusCode(302).header("Location", endsWith("/login"));
        given().redirects().follow(false).get("/organizations/1").then().statusCode(302)
                .header("Location", matchesPattern(".*/login$"));
    }
}
