package dev.custody.gating;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.gating.screening.ScreeningService;
import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import dev.custody.network.pages.PageFixtures;
import dev.custody.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The screening list page (upload with every problem shown) and the candidate shown on the decision page. */
@QuarkusTest
class ScreeningPagesTest {
    static final String PAGE = "/admin/screening-lists";

    @Inject
    ScreeningService screening;
    @Inject
    GatingService gating;

    static RequestSpecification upload(PageFixtures.Csrf csrf, byte[] csv) {
        return given().redirects().follow(false).accept("text/html").cookie("custody-csrf", csrf.cookie())
                .multiPart("_csrf", csrf.field()).multiPart("file", "consolidated.csv", csv, "text/csv");
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldListTheProblemsOfABadFileThenImportAGoodOne() {
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(PAGE);
        String header = new String(ScreeningResourceTest.sample("csl-sample.csv"), StandardCharsets.UTF_8).lines()
                .findFirst().orElseThrow();
        upload(csrf, (header + "\nonly,three,cells\n").getBytes(StandardCharsets.UTF_8)).post(PAGE).then()
                .statusCode(422).body(containsString("id=\"row-errors\"")).body(containsString("has 3 columns"))
                .body(containsString("the screening list in force stays"));
        upload(csrf, ScreeningResourceTest.sample("csl-sample.csv")).post(PAGE).then().statusCode(200)
                .body(containsString("Imported 4 parties (9 names and aliases) from consolidated.csv"))
                .body(containsString("id=\"in-force\"")).body(containsString("action=\"/admin/screening-lists\""));
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldShowTheListInForceWithoutTheUploadToOthers() {
        given().accept("text/html").get(PAGE).then().statusCode(200).body(containsString("Restricted-party screening"))
                .body(not(containsString("action=\"/admin/screening-lists\"")));
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(PAGE);
        upload(csrf, ScreeningResourceTest.sample("csl-sample.csv")).post(PAGE).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldShowTheCandidatePartyOnTheDecisionPage() {
        screening.importFile(ScreeningResourceTest.sample("csl-sample.csv"), "consolidated.csv", "admin");
        Organization vendor = GatingPagesTest.vendor("Velmarine Logistic Partners");
        long id = gating.submit(new PurchaseRequestInput(vendor.id, "Switches", 4, new BigDecimal("900"), null,
                Criticality.LOW, null), "buyer", null).request().id;
        given().accept("text/html").get("/purchase-requests/" + id).then().statusCode(200)
                .body(containsString("id=\"screening-matches\""))
                .body(containsString("Velmarine Logistics Company"))
                .body(containsString("Specially Designated Nationals (SDN) - Treasury Department"))
                .body(containsString("Needs adjudication"));
    }
}
