package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import dev.custody.network.Organization;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 of issue 16: the cookies of a session that has ended (sign-out, new password, new roles, an
 * administrator's sign-out) neither read a page nor save a form, on any instance, since the check is in the database.
 */
@QuarkusTest
class SessionInvalidationTest {
    private static final String PASSWORD = "first-password-of-the-test";
    private final String user = "session-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeUser() {
        TestLogins.delete(user);
    }

    private void createUser(String roles) {
        TestLogins.create(user, PASSWORD, roles);
    }

    @Test
    void shouldNeitherReadPagesNorSaveFormsWithTheCookiesOfASessionThatSignedOut() {
        createUser(Roles.ANALYST);
        FormSession browser = FormSession.signIn(user, PASSWORD);
        String token = browser.csrfFrom("/organizations/new");
        FormSession stolen = browser.copy();

        browser.post("/logout", token, Map.of()).then().statusCode(303).header("Location", endsWith("/login?signedOut=true"));

        stolen.request().get("/vendors").then().statusCode(302).header("Location", endsWith("/login"));
        String name = "Zombie " + UUID.randomUUID();
        Response save = stolen.post("/organizations", token, Map.of("name", name, "kind", "VENDOR", "hqCountry", "US",
                "ownership", "PRIVATE"));
        assertThat(save.statusCode()).isEqualTo(302);
        assertThat(save.header("Location")).endsWith("/login");
        assertThat(organizationsNamed(name)).isZero();
    }

    @Test
    void shouldClearTheCookiesOfAnEndedSessionSoTheBrowserStopsSendingThem() {
        createUser(Roles.ANALYST);
        FormSession browser = FormSession.signIn(user, PASSWORD);
        FormSession stolen = browser.copy();
        browser.post("/logout", browser.csrfFrom("/vendors"), Map.of()).then().statusCode(303);

        Response refused = stolen.request().get("/vendors");
        assertThat(refused.headers().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("custody-session=;").contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith("custody-sid=;").contains("Max-Age=0"));
        // The sign-in page itself is reachable with those cookies: no redirect loop.
        stolen.request().get("/login").then().statusCode(302).header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200);
    }

    @Test
    void shouldEndEverySessionOfAUserWhosePasswordChanges() {
        createUser(Roles.ANALYST);
        FormSession laptop = FormSession.signIn(user, PASSWORD);
        FormSession phone = FormSession.signIn(user, PASSWORD);

        given().auth().preemptive().basic(user, PASSWORD).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "second-password-of-the-test"))
                .put("/api/account/password").then().statusCode(204);

        laptop.request().get("/vendors").then().statusCode(302).header("Location", endsWith("/login"));
        phone.request().get("/vendors").then().statusCode(302).header("Location", endsWith("/login"));
        given().auth().preemptive().basic(user, PASSWORD).get("/api/countries").then().statusCode(401);
        FormSession.signIn(user, "second-password-of-the-test").request().get("/vendors").then().statusCode(200);
    }

    @Test
    void shouldEndTheSessionsOfAUserWhoseRolesChange() {
        createUser(Roles.ANALYST + "," + Roles.ADMIN);
        FormSession browser = FormSession.signIn(user, PASSWORD);
        browser.request().get("/admin/users").then().statusCode(200);

        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("roles", java.util.List.of(Roles.ANALYST))).put("/api/users/" + user + "/roles")
                .then().statusCode(200);

        browser.request().get("/vendors").then().statusCode(302).header("Location", endsWith("/login"));
        FormSession.signIn(user, PASSWORD).request().get("/admin/users").then().statusCode(403);
    }

    @Test
    void shouldLetAnAdministratorSignAUserOutEverywhere() {
        createUser(Roles.EXECUTIVE);
        FormSession browser = FormSession.signIn(user, PASSWORD);
        browser.request().get("/vendors").then().statusCode(200);

        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD)
                .delete("/api/users/" + user + "/sessions").then().statusCode(200);

        browser.request().get("/vendors").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void shouldRefuseOneUsersSessionCookieWithAnotherUsersSessionToken() {
        createUser(Roles.EXECUTIVE);
        FormSession mine = FormSession.signIn(user, PASSWORD);
        FormSession analyst = FormSession.signIn("analyst", DemoUsers.DEMO_PASSWORD);
        Map<String, String> mixed = new java.util.HashMap<>(analyst.cookies());
        mixed.put("custody-sid", mine.cookies().get("custody-sid"));

        given().redirects().follow(false).cookies(mixed).get("/vendors").then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    private static long organizationsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count("name", name));
    }
}
