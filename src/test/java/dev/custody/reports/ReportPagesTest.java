package dev.custody.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.PageFixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportPagesTest {
    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void executivesLandOnTheDashboardWithTheLiveSummary() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/dashboard"));
        String html = given().accept("text/html").get("/dashboard").then().statusCode(200).extract().asString();
        assertThat(html).contains("Money at risk", "/reports/executive?format=xlsx", "<svg", "<polyline");
        assertThat(html).containsPattern("id=\"total-ale\">[0-9,]+\\.[0-9]{2} [A-Z]{3}<");
        // the portfolio's "assess next" panel, with the JSON it comes from
        int panel = html.indexOf("id=\"assess-next\"");
        assertThat(panel).as("the assess-next panel").isPositive();
        String section = html.substring(panel, html.indexOf("</section>", panel));
        assertThat(section).contains(">Assess next<", "href=\"/api/assess-next\"");
        assertThat(section).containsAnyOf("Money open: how far the expected annual loss of every vendor",
                "nothing is priced");
    }

    @Test
    @TestSecurity(user = "analyst", roles = Roles.ANALYST)
    void othersKeepTheirHome() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/vendors"));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void theHistoryPageQueuesAReportAndShowsItsProgressOrItsDownload() throws Exception {
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom("/reports");
        String location = PageFixtures.formPost(csrf).formParam("format", "xlsx").post("/reports").then()
                .statusCode(303).extract().header("Location");
        assertThat(location).contains("/reports?queued=");
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
        String html = "";
        for (int i = 0; i < 600 && !html.contains("Report " + id + " is ready."); i++) {
            html = given().accept("text/html").get("/reports?queued=" + id).then().statusCode(200).extract().asString();
            if (!html.contains("Report " + id + " is ready.")) {
                assertThat(html).contains("<progress", "http-equiv=\"refresh\"");
                Thread.sleep(300);
            }
        }
        assertThat(html).contains("Report " + id + " is ready.", "/reports/" + id + "/file");
        given().get("/reports/" + id + "/file").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"));
    }

    @Test
    @TestSecurity(user = "proc", roles = Roles.PROCUREMENT)
    void vendorProfilesOfferTheDossierDownloads() {
        Organization vendor = Organization.find("kind", OrganizationKind.VENDOR).firstResult();
        given().accept("text/html").get("/organizations/" + vendor.id).then().statusCode(200)
                .body(containsString("/reports/vendor/" + vendor.id + "?format=xlsx"));
        given().get("/reports/vendor/" + vendor.id + "?format=xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString("vendor-" + vendor.id))
                .header("Content-Disposition", containsString(".xlsx".toLowerCase(Locale.ROOT)));
        given().accept("text/html").get("/dashboard").then().statusCode(403);
    }
}
