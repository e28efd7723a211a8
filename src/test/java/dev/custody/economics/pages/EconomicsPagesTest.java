package dev.custody.economics.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.Safeguard;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Ownership;
import dev.custody.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "analyst", roles = Roles.ANALYST)
class EconomicsPagesTest {
    static final String HALVARD = "Halvard Systems Inc.";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static long id(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.<Organization>find("name", name).singleResult().id);
    }

    static long vendor() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization o = new Organization();
            o.name = "Page vendor " + UUID.randomUUID().toString().substring(0, 8);
            o.kind = OrganizationKind.VENDOR;
            o.hqCountry = "TW";
            o.ownership = Ownership.PRIVATE;
            o.persist();
            return o.id;
        });
    }

    /** A browser's form post from the page at formPath: its CSRF cookie and field, redirects not followed. */
    static RequestSpecification formFrom(String formPath) {
        Response form = given().accept("text/html").get(formPath);
        form.then().statusCode(200);
        Matcher matcher = CSRF_FIELD.matcher(form.asString());
        assertThat(matcher.find()).as("a _csrf field on " + formPath).isTrue();
        return given().redirects().follow(false).accept("text/html").contentType("application/x-www-form-urlencoded")
                .cookie("custody-csrf", form.getCookie("custody-csrf")).formParam("_csrf", matcher.group(1));
    }

    @Test
    void shouldShowASeededVendorsEconomicsWithTheOverrideAndTheChart() {
        long halvard = id(HALVARD);
        given().accept("text/html").get("/organizations/" + halvard + "/safeguards").then().statusCode(200)
                .body(containsString("Hardware implant at a factory"))
                .body(containsString("overridden"))
                .body(containsString("Calibrated in the 2026 risk workshop"))
                .body(containsString("<svg"))
                .body(containsString("class=\"before\""))
                .body(containsString("id=\"exit\""))
                .body(containsString("Replace or exit"))
                .body(containsString("Escorted transport"))
                .body(containsString("inputs to check"))
                .body(containsString("/organizations/" + halvard + "/engagement/edit"));
        given().accept("text/html").queryParam("budget", "-5").get("/organizations/" + halvard + "/safeguards").then()
                .statusCode(200).body(containsString("id=\"budget-error\""));
        given().accept("text/html").get("/organizations/" + halvard).then().statusCode(200)
                .body(containsString("/organizations/" + halvard + "/safeguards"));
        // A vendor that is not barred has its plan with the two sanity lines.
        given().accept("text/html").get("/organizations/" + id("Tsukimori Dataworks K.K.") + "/safeguards").then()
                .statusCode(200).body(containsString("Gordon–Loeb line")).body(containsString("Market viability"))
                .body(not(containsString("id=\"exit\"")));
    }

    @Test
    void shouldSayWhenAVendorHasNoEngagement() {
        long vendor = vendor();
        given().accept("text/html").get("/organizations/" + vendor + "/safeguards").then().statusCode(200)
                .body(containsString("No engagement is recorded")).body(not(containsString("<svg")));
    }

    @Test
    void shouldRecordAnEngagementAndShowErrorsBesideTheirFields() {
        long vendor = vendor();
        String form = "/organizations/" + vendor + "/engagement/edit";
        formFrom(form).formParam("unitsPerYear", "100").formParam("unitPrice", "5000").formParam("currency", "usd")
                .formParam("criticality", "HIGH")
                .formParam("scenario", "hardware-implant").formParam("lossLow", "900000").formParam("lossHigh", "100000")
                .formParam("override", "0.05").formParam("reason", "")
                .post("/organizations/" + vendor + "/engagement").then().statusCode(400)
                .body(containsString("id=\"lossHigh.hardware-implant-error\""))
                .body(containsString("id=\"reason.hardware-implant-error\""));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Engagement.ofOrganization(vendor).isPresent())).isFalse();

        formFrom(form).formParam("unitsPerYear", "100").formParam("unitPrice", "5000").formParam("currency", "usd")
                .formParam("criticality", "HIGH")
                .formParam("scenario", "hardware-implant", "transit-tampering")
                .formParam("lossLow", "100000", "").formParam("lossHigh", "900000", "")
                .formParam("override", "0.05", "").formParam("reason", "Workshop", "")
                .post("/organizations/" + vendor + "/engagement").then().statusCode(303)
                .header("Location", containsString("/organizations/" + vendor + "/safeguards?saved=1"));
        given().accept("text/html").get("/organizations/" + vendor + "/safeguards").then().statusCode(200)
                .body(containsString("overridden")).body(containsString("Workshop"))
                .body(not(containsString("Tampering in transit")));
        given().accept("text/html").get(form).then().statusCode(200).body(containsString("value=\"900000.00\""));
    }

    @Test
    void shouldDeleteAnEngagementFromItsFormSoThatTheVendorCanGo() {
        long vendor = vendor();
        String form = "/organizations/" + vendor + "/engagement/edit";
        given().accept("text/html").get(form).then().statusCode(200)
                .body(not(containsString("/organizations/" + vendor + "/engagement/delete")));
        formFrom(form).formParam("unitsPerYear", "10").formParam("unitPrice", "100").formParam("currency", "usd")
                .formParam("criticality", "HIGH").formParam("scenario", "hardware-implant")
                .formParam("lossLow", "1000").formParam("lossHigh", "9000").formParam("override", "")
                .formParam("reason", "").post("/organizations/" + vendor + "/engagement").then().statusCode(303);
        given().accept("text/html").get(form).then().statusCode(200)
                .body(containsString("action=\"/organizations/" + vendor + "/engagement/delete\""));

        formFrom(form).formParam("version", "0").post("/organizations/" + vendor + "/engagement/delete").then()
                .statusCode(303).header("Location", containsString("/organizations/" + vendor + "/safeguards"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Engagement.ofOrganization(vendor).isPresent())).isFalse();
    }

    @Test
    void shouldListTheCatalogueForEveryRoleWithTheInputsNote() {
        given().accept("text/html").get("/safeguards").then().statusCode(200)
                .body(containsString("Incoming X-ray inspection of boards")).body(containsString("SR-10"))
                .body(containsString("inputs to check")).body(not(containsString("/safeguards/new")));
        given().accept("text/html").get("/safeguards/new").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldLetAdminsEditTheCatalogueWithErrorsBesideTheFields() {
        String name = "Page safeguard " + UUID.randomUUID().toString().substring(0, 8);
        formFrom("/safeguards/new").formParam("name", name).formParam("controlId", "SR-9")
                .formParam("effectivenessLow", "0.5").formParam("effectivenessExpected", "0.4")
                .formParam("effectivenessHigh", "0.6").formParam("costOneTime", "0").formParam("costAnnual", "-3")
                .formParam("costPerUnit", "1").formParam("currency", "USD").formParam("scenarios", "transit-tampering")
                .post("/safeguards").then().statusCode(400)
                .body(containsString("id=\"costAnnual-error\""));
        formFrom("/safeguards/new").formParam("name", name).formParam("controlId", "SR-9")
                .formParam("effectivenessLow", "0.5").formParam("effectivenessExpected", "0.4")
                .formParam("effectivenessHigh", "0.6").formParam("costOneTime", "0").formParam("costAnnual", "3")
                .formParam("costPerUnit", "1").formParam("currency", "USD").formParam("scenarios", "transit-tampering")
                .post("/safeguards").then().statusCode(400)
                .body(containsString("id=\"effectivenessExpected-error\""));
        formFrom("/safeguards/new").formParam("name", name).formParam("controlId", "SR-9")
                .formParam("effectivenessLow", "0.3").formParam("effectivenessExpected", "0.4")
                .formParam("effectivenessHigh", "0.6").formParam("costOneTime", "0").formParam("costAnnual", "3")
                .formParam("costPerUnit", "1").formParam("currency", "USD").formParam("scenarios", "transit-tampering")
                .post("/safeguards").then().statusCode(303);
        long id = QuarkusTransaction.requiringNew().call(() -> Safeguard.<Safeguard>find("name", name).singleResult().id);
        given().accept("text/html").get("/safeguards").then().body(containsString(name))
                .body(containsString("/safeguards/" + id + "/edit"));
        formFrom("/safeguards").formParam("version", "0").post("/safeguards/" + id + "/delete").then().statusCode(303);
        given().accept("text/html").get("/safeguards").then().body(not(containsString(name)));
    }

    @Test
    @TestSecurity(user = "exec", roles = Roles.EXECUTIVE)
    void shouldPlanAPortfolioBudgetAndAnswerAQuickEstimate() {
        given().accept("text/html").get("/economics/portfolio").then().statusCode(200)
                .body(containsString("name=\"budget\""));
        given().accept("text/html").queryParam("budget", "250000").get("/economics/portfolio").then().statusCode(200)
                .body(containsString(HALVARD)).body(containsString("Loss reduction"));
        given().accept("text/html").queryParam("probability", "0.1").queryParam("lossLow", "100000")
                .queryParam("lossHigh", "10000000").queryParam("adHocExpected", "0.5").queryParam("adHocAnnual", "1000")
                .get("/economics/estimate").then().statusCode(200)
                .body(containsString("<svg")).body(containsString("0.0500"));
        given().accept("text/html").queryParam("probability", "0.1").queryParam("lossLow", "500")
                .queryParam("lossHigh", "100").get("/economics/estimate").then().statusCode(200)
                .body(containsString("id=\"lossHigh-error\"")).body(not(containsString("<svg")));
        given().accept("text/html").get("/organizations/" + id(HALVARD) + "/engagement/edit").then().statusCode(403);
    }
}
