package dev.custody.gating;

import static dev.custody.network.pages.PageFixtures.formPost;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Criticality;
import dev.custody.network.Fixtures;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.network.pages.PageFixtures;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The procurement pages: the request form with errors beside fields, the decision page, the override form. */
@QuarkusTest
class GatingPagesTest {
    @Inject
    GatingService gating;

    static Organization vendor() {
        return vendor(Fixtures.unique("Page Vendor"));
    }

    static Organization vendor(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.name = name;
            o.kind = OrganizationKind.VENDOR;
            o.hqCountry = "DK";
            o.ownership = Ownership.PRIVATE;
            o.tier = 1;
            o.persist();
            return o;
        });
    }

    long requestBy(String requester, long vendorId) {
        return gating.submit(new PurchaseRequestInput(vendorId, "Switches", 4, new BigDecimal("900"), null,
                Criticality.LOW, null), requester, null).request().id;
    }

    @Test
    @TestSecurity(user = "buyer", roles = Roles.PROCUREMENT)
    void shouldShowErrorsBesideFieldsThenDecideAndExplain() {
        Organization vendor = vendor();
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom("/purchase-requests/new");
        given().accept("text/html").get("/purchase-requests/new").then().body(containsString(vendor.name));
        formPost(csrf).formParam("vendorId", vendor.id).formParam("item", " ").formParam("quantity", "many")
                .formParam("unitPrice", "900").formParam("criticality", "HIGH")
                .post("/purchase-requests").then().statusCode(400)
                .body(containsString("id=\"item-error\">must not be blank"))
                .body(containsString("id=\"quantity-error\">cannot be read: many"))
                .body(not(containsString("id=\"criticality-error\"")));
        String location = formPost(csrf).formParam("vendorId", vendor.id).formParam("item", "Core routers")
                .formParam("quantity", "2").formParam("unitPrice", "12000").formParam("criticality", "HIGH")
                .post("/purchase-requests").then().statusCode(303)
                .header("Location", matchesPattern(".*/purchase-requests/\\d+")).extract().header("Location");
        String page = location.substring(location.indexOf("/purchase-requests/"));
        given().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Core routers"))
                // Never assessed: visibility unknown and the insider factors worst, so never a plain approval.
                .body(containsString("Sub-tier visibility is unknown"))
                .body(containsString("href=\"/organizations/" + vendor.id + "\""))
                .body(matchesPattern("(?s).*href=\"/methodology\\?version=\\d+\".*"))
                .body(not(containsString("action=\"" + page + "/override\"")));
        given().accept("text/html").get("/purchase-requests").then().body(containsString("href=\"" + page + "\""));
    }

    @Test
    @TestSecurity(user = "pat", roles = {Roles.PROCUREMENT, Roles.APPROVER})
    void shouldLetAnotherApproverOverrideWithAJustification() {
        long id = requestBy("someone-else", vendor().id);
        String page = "/purchase-requests/" + id;
        given().accept("text/html").get(page).then().body(containsString("action=\"" + page + "/override\""));
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(page);
        String current = gating.decision(id).outcome.name();
        String other = current.equals("REJECT") ? "APPROVE" : "REJECT";
        formPost(csrf).formParam("outcome", other).formParam("justification", " ").post(page + "/override").then()
                .statusCode(400).body(containsString("id=\"justification-error\">must not be blank"));
        formPost(csrf).formParam("outcome", other).formParam("justification", "Board decision 2026-14")
                .post(page + "/override").then().statusCode(303);
        given().accept("text/html").get(page).then().body(containsString("Board decision 2026-14"))
                .body(containsString(">override<"));
        formPost(csrf).formParam("outcome", current).formParam("justification", "Again").post(page + "/override")
                .then().statusCode(403).body(containsString("You made the decision in force"));
    }

    @Test
    @TestSecurity(user = "pat", roles = {Roles.PROCUREMENT, Roles.APPROVER})
    void shouldHideTheOverrideFromTheRequesterAndRefuseIt() {
        long id = requestBy("pat", vendor().id);
        String page = "/purchase-requests/" + id;
        given().accept("text/html").get(page).then().body(not(containsString("action=\"" + page + "/override\"")));
        PageFixtures.Csrf csrf = PageFixtures.csrfFrom(page);
        formPost(csrf).formParam("outcome", "REJECT").formParam("justification", "Mine").post(page + "/override")
                .then().statusCode(403).body(containsString("You raised this request"));
    }
}
