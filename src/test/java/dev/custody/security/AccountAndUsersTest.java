package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A user's own password (page and API) and the administrator's users page and API: checks and refusals. */
@QuarkusTest
class AccountAndUsersTest {
    private static final String PASSWORD = "first-password-of-the-test";
    private final String user = "account-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeUser() {
        TestLogins.delete(user);
    }

    private void createUser(String roles) {
        TestLogins.create(user, PASSWORD, roles);
    }

    @Test
    void shouldChangeThePasswordOnThePageAndSendTheBrowserToSignIn() {
        createUser(Roles.EXECUTIVE);
        FormSession browser = FormSession.signIn(user, PASSWORD);
        String token = browser.csrfFrom("/account/password");

        Response mismatch = browser.post("/account/password", token, Map.of("currentPassword", PASSWORD,
                "newPassword", "a-new-password-123", "confirmPassword", "another-one-456"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.asString()).contains("id=\"confirmPassword-error\"").contains("does not match the new password");

        Response wrong = browser.post("/account/password", token, Map.of("currentPassword", "not-it",
                "newPassword", "a-new-password-123", "confirmPassword", "a-new-password-123"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.asString()).contains("id=\"currentPassword-error\"").contains("is not your current password");

        Response changed = browser.post("/account/password", token, Map.of("currentPassword", PASSWORD,
                "newPassword", "a-new-password-123", "confirmPassword", "a-new-password-123"));
        changed.then().statusCode(303).header("Location", endsWith("/login?passwordChanged=true"));
        given().get("/login?passwordChanged=true").then().body(containsString("Your password has been changed"));
        FormSession.signIn(user, "a-new-password-123").request().get("/vendors").then().statusCode(200);
    }

    @Test
    void shouldNameEachBadFieldOfAPasswordChange() {
        createUser(Roles.EXECUTIVE);
        given().auth().preemptive().basic(user, PASSWORD).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "short")).put("/api/account/password")
                .then().statusCode(400).body("errors.field", hasItem("newPassword"));
        given().auth().preemptive().basic(user, PASSWORD).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "x".repeat(73))).put("/api/account/password")
                .then().statusCode(400).body("errors.field", hasItem("newPassword"));
        given().auth().preemptive().basic(user, PASSWORD).contentType("application/json")
                .body(Map.of("currentPassword", "wrong-one", "newPassword", "long-enough-password")).put("/api/account/password")
                .then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        // The old password still signs in: nothing was changed.
        given().auth().preemptive().basic(user, PASSWORD).get("/api/account").then().statusCode(200)
                .body("username", is(user)).body("roles", hasItem(Roles.EXECUTIVE));
    }

    @Test
    void shouldLetAnAdministratorChangeRolesButNotRemoveTheLastAdministrator() {
        createUser(Roles.EXECUTIVE);
        admin().contentType("application/json").body(Map.of("roles", List.of("wizard")))
                .put("/api/users/" + user + "/roles").then().statusCode(400).body("errors.field", hasItem("roles"));
        admin().contentType("application/json").body(Map.of("roles", List.of()))
                .put("/api/users/" + user + "/roles").then().statusCode(400);
        admin().contentType("application/json").body(Map.of("roles", List.of(Roles.APPROVER, Roles.PROCUREMENT)))
                .put("/api/users/" + user + "/roles").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains(Roles.PROCUREMENT, Roles.APPROVER));
        admin().get("/api/users").then().statusCode(200).body("username", hasItem(user));
        admin().get("/api/users/no-such-user").then().statusCode(404);
        // The demo admin is the only administrator: taking its admin role is refused.
        admin().contentType("application/json").body(Map.of("roles", List.of(Roles.EXECUTIVE)))
                .put("/api/users/admin/roles").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldChangeRolesOnTheUsersPage() {
        createUser(Roles.EXECUTIVE);
        FormSession admin = FormSession.signIn("admin", DemoUsers.DEMO_PASSWORD);
        String token = admin.csrfFrom("/admin/users");
        Response saved = admin.request().contentType("application/x-www-form-urlencoded").formParam("_csrf", token)
                .formParam("roles", Roles.ANALYST).formParam("roles", Roles.EXECUTIVE)
                .post("/admin/users/" + user + "/roles");
        saved.then().statusCode(303);
        admin.request().get(saved.header("Location")).then().statusCode(200)
                .body(containsString("Roles of " + user + " changed"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>find("username", user).firstResult().roles))
                .isEqualTo(Roles.ANALYST + "," + Roles.EXECUTIVE);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD);
    }
}
