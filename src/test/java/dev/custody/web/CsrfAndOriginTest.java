package dev.custody.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.custody.network.Organization;
import dev.custody.security.DemoUsers;
import dev.custody.security.FormSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Finding 4 of issue 16: a page's CSRF token is bound to the session, so a cookie and field an attacker chose (or
 * took from their own session) fail; page forms refuse posts a browser marks as cross-site or from another origin,
 * like the API; the API's origin check ignores X-Forwarded-Host; redirects never carry a forged Host.
 */
@QuarkusTest
class CsrfAndOriginTest {
    private static final String EVIL = "evil.example";

    private static Map<String, String> vendor(String name) {
        return Map.of("name", name, "kind", "VENDOR", "hqCountry", "US", "ownership", "PRIVATE");
    }

    @Test
    void shouldRefuseACookieAndFieldPairTheAttackerChose() {
        FormSession victim = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        victim.csrfFrom("/organizations/new");
        String name = "Forged " + UUID.randomUUID();

        // The double-submit trick: the attacker plants a cookie value and posts the same value in the field.
        FormSession planted = victim.copy();
        planted.cookies().put("custody-csrf", "attacker-chosen-value");
        Response forged = planted.post("/organizations", "attacker-chosen-value", vendor(name));
        assertThat(forged.statusCode()).isEqualTo(403);

        // A pair the attacker took from their own session does not fit the victim's session either.
        FormSession attacker = FormSession.signIn("admin", DemoUsers.DEMO_PASSWORD);
        String attackersToken = attacker.csrfFrom("/organizations/new");
        FormSession borrowed = victim.copy();
        borrowed.cookies().put("custody-csrf", attacker.cookies().get("custody-csrf"));
        assertThat(borrowed.post("/organizations", attackersToken, vendor(name)).statusCode()).isEqualTo(403);

        assertThat(count(name)).isZero();
        // The victim's own token still works.
        assertThat(victim.post("/organizations", victim.csrfFrom("/organizations/new"), vendor(name)).statusCode())
                .isEqualTo(303);
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAPageFormFromAnotherSiteEvenWithTheRightToken() {
        FormSession browser = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        String token = browser.csrfFrom("/organizations/new");
        String name = "Cross Site " + UUID.randomUUID();

        Response fromOrigin = browser.request().contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://" + EVIL).formParam("_csrf", token).formParams(vendor(name)).post("/organizations");
        Response fromSite = browser.request().contentType("application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site").formParam("_csrf", token).formParams(vendor(name)).post("/organizations");

        assertThat(fromOrigin.statusCode()).isEqualTo(403);
        assertThat(fromSite.statusCode()).isEqualTo(403);
        assertThat(count(name)).isZero();
    }

    @Test
    void shouldAnswerTheCsrfRefusalWithTheErrorPageAndItsNavigation() {
        FormSession browser = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        Response refused = browser.post("/organizations", "not-the-token", vendor("Whatever"));
        refused.then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("did not come from Custody")).body(containsString("href=\"/vendors\""))
                .body(containsString("Sign out"));
    }

    @Test
    void shouldNotTrustXForwardedHostInTheApiOriginCheck() {
        String name = "Forwarded " + UUID.randomUUID();
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).contentType("application/json")
                .header("Origin", "http://" + EVIL).header("X-Forwarded-Host", EVIL)
                .body(Map.of("name", name, "kind", "VENDOR", "hqCountry", "US", "ownership", "PRIVATE"))
                .post("/api/organizations").then().statusCode(403).body(containsString("from another web site"));
        assertThat(count(name)).isZero();
    }

    @Test
    void shouldNeverPutAForgedHostIntoARedirect() {
        given().redirects().follow(false).header("Host", EVIL).get("/vendors").then().statusCode(302)
                .header("Location", not(containsString(EVIL)));
        FormSession browser = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        browser.request().header("Host", EVIL).get("/").then().statusCode(303)
                .header("Location", not(containsString(EVIL)));
        given().redirects().follow(false).header("Host", EVIL).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "analyst").formParam("j_password", "wrong").post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString(EVIL)));
    }

    private static long count(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("name", name));
    }
}
