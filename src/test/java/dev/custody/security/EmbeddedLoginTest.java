package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded default's sign-in: demo users, HTTP Basic for /api, form login for pages. */
@QuarkusTest
class EmbeddedLoginTest {

    @Test
    void shouldAcceptEachDemoUserOverHttpBasic() {
        for (String user : new String[] {"analyst", "executive", "buyer", "admin"}) {
            given().auth().preemptive().basic(user, DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseAWrongPassword() {
        given().auth().preemptive().basic("analyst", "not-demo").get("/api/organizations").then().statusCode(401);
    }

    @Test
    void shouldGiveEachDemoUserOnlyItsRole() {
        given().auth().preemptive().basic("executive", "demo").contentType("application/json")
                .body("{\"name\":\"Denied Co\",\"kind\":\"VENDOR\",\"hqCountry\":\"US\",\"ownership\":\"PRIVATE\"}")
                .post("/api/organizations").then().statusCode(403);
        given().auth().preemptive().basic("buyer", "demo").contentType("application/json")
                .body("{\"name\":\"Denied Co\",\"kind\":\"VENDOR\",\"hqCountry\":\"US\",\"ownership\":\"PRIVATE\"}")
                .post("/api/organizations").then().statusCode(403);
    }

    @Test
    void shouldSendAnonymousBrowsersToTheLoginPage() {
        given().redirects().follow(false).get("/vendors").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).body(containsString("j_security_check"));
    }

    @Test
    void shouldSignInThroughTheFormAndKeepTheSession() {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "analyst").formParam("j_password", "demo").post("/j_security_check");
        login.then().statusCode(302);
        Map<String, String> session = login.getCookies();
        assertThat(session).containsKeys("custody-session", "custody-sid");
        given().redirects().follow(false).cookies(session).get("/")
                .then().statusCode(303).header("Location", endsWith("/vendors"));
        given().cookies(session).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/supply-links"));
        // Quarkus' session cookie alone is not a session: the server-side session must be alive too.
        given().redirects().follow(false).cookie("custody-session", session.get("custody-session")).get("/vendors")
                .then().statusCode(302).header("Location", endsWith("/login"));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "analyst").formParam("j_password", "wrong").post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/login?error=true"));
    }

    @Test
    void shouldLeaveHealthOpenAndKeepMetricsAndOpenApiBehindSignIn() {
        given().get("/q/health").then().statusCode(200).body("status", is("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/metrics").then().statusCode(401);
        // The API description is read by scripts (HTTP Basic) and by Swagger UI in a signed-in browser (cookie).
        given().redirects().follow(false).get("/q/openapi").then().statusCode(302);
        given().auth().preemptive().basic("admin", "demo").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
        given().auth().preemptive().basic("analyst", "demo").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/organizations"));
    }
}
