package dev.custody.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report download from a page that is not ready at once goes to its progress page, which ends in the file. */
@QuarkusTest
class ReportProgressTest {
    @Inject
    PageDownloads downloads;
    @Inject
    ReportService reports;

    private Duration configured;

    @BeforeEach
    void noWait() {
        configured = downloads.waitFor();
        downloads.waitFor(Duration.ZERO);
    }

    @AfterEach
    void restoreWait() {
        downloads.waitFor(configured);
    }

    /** Follows the progress page as a browser does (it refreshes itself) until the report is ready; returns it. */
    private static String followUntilReady(String progressPath) throws InterruptedException {
        String html = "";
        for (int i = 0; i < 600 && !html.contains("data-status=\"done\""); i++) {
            html = given().accept("text/html").get(progressPath).then().statusCode(200).extract().asString();
            assertThat(html).doesNotContain("data-status=\"failed\"");
            if (!html.contains("data-status=\"done\"")) {
                assertThat(html).contains("<progress", "<meta http-equiv=\"refresh\" content=\"1\">", "% done");
                Thread.sleep(200);
            }
        }
        return html;
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void aSlowDownloadShowsItsProgressAndThenStartsTheDownload() throws Exception {
        String location = given().redirects().follow(false).get("/reports/executive?format=pdf").then().statusCode(303)
                .extract().header("Location");
        assertThat(location).matches(".*/reports/\\d+/progress");
        String path = location.substring(location.indexOf("/reports/"));
        long id = Long.parseLong(path.split("/")[2]);

        String ready = followUntilReady(path);
        assertThat(ready).contains("Executive report (pdf)", "The report is ready",
                "<meta http-equiv=\"refresh\" content=\"0;url=/reports/" + id + "/file\">",
                "href=\"/reports/" + id + "/file\"");
        given().get("/reports/" + id + "/file").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf"));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void aDownloadReadyWithinTheWaitIsTheFileItself() {
        downloads.waitFor(Duration.ofSeconds(60));
        given().redirects().follow(false).get("/reports/executive?format=xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"));
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void procurementFollowsItsVendorDossierButNoOtherReport() throws Exception {
        Organization vendor = Organization.find("kind", OrganizationKind.VENDOR).firstResult();
        String location = given().redirects().follow(false).get("/reports/vendor/" + vendor.id + "?format=xlsx").then()
                .statusCode(303).extract().header("Location");
        String path = location.substring(location.indexOf("/reports/"));
        long id = Long.parseLong(path.split("/")[2]);
        assertThat(followUntilReady(path)).contains("Vendor dossier (xlsx)").doesNotContain("href=\"/reports\"");
        given().get("/reports/" + id + "/file").then().statusCode(200)
                .header("Content-Disposition", containsString("vendor-" + vendor.id));

        long executive = reports.queue(new ReportRequest(ReportKind.EXECUTIVE, null, "xlsx"), "exec", "test");
        given().accept("text/html").get("/reports/" + executive + "/progress").then().statusCode(403);
        given().get("/reports/" + executive + "/file").then().statusCode(403);
    }
}
