package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are counted in the database; too many refuse even the right password for a while. */
@QuarkusTest
class LoginThrottleTest {
    @Inject
    ThrottleConfig config;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        QuarkusTransaction.requiringNew().run(() -> LoginFailure.deleteAll());
    }

    @Test
    void shouldRefuseAUserNameAfterTooManyFailuresEvenWithTheRightPassword() {
        for (int i = 0; i < config.maxFailuresPerUser(); i++) {
            formLogin("buyer", "guess-" + i).then().statusCode(302).header("Location", containsString("/login?error=true"));
        }
        assertThat(failuresOf("buyer")).isEqualTo(config.maxFailuresPerUser());

        formLogin("buyer", DemoUsers.DEMO_PASSWORD).then().statusCode(302)
                .header("Location", containsString(ThrottleResponses.LOGIN_PAGE)).header("Retry-After", positive());
        assertThat(formLogin("buyer", DemoUsers.DEMO_PASSWORD).getCookie("custody-session")).isNull();
        given().auth().preemptive().basic("buyer", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(429).header("Retry-After", positive());
        // Refused attempts are not counted again, so the wait does not grow while the user keeps trying.
        assertThat(failuresOf("buyer")).isEqualTo(config.maxFailuresPerUser());
        given().get(ThrottleResponses.LOGIN_PAGE).then().statusCode(200)
                .body(containsString("Too many failed sign-ins"));

        // Another user from the same address is not affected.
        assertThat(formLogin("executive", DemoUsers.DEMO_PASSWORD).getCookie("custody-session")).isNotBlank();
    }

    @Test
    void shouldLetAUserWithFewerFailuresInAndForgetThemOnSuccess() {
        for (int i = 0; i < config.maxFailuresPerUser() - 1; i++) {
            given().auth().preemptive().basic("analyst", "guess-" + i).get("/api/organizations").then().statusCode(401);
        }
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(200);
        assertThat(failuresOf("analyst")).isZero();
    }

    @Test
    void shouldRefuseAnAddressThatGuessesManyUserNames() {
        for (int i = 0; i < config.maxFailuresPerAddress(); i++) {
            formLogin("nobody-" + UUID.randomUUID(), "guess").then().statusCode(302);
        }
        formLogin("admin", DemoUsers.DEMO_PASSWORD).then().statusCode(302)
                .header("Location", containsString(ThrottleResponses.LOGIN_PAGE));
        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(429);
    }

    @Test
    void shouldRefuseTheRightPasswordWhenTheThrottleCannotBeChecked() {
        // An identity provider that fails otherwise than AuthenticationFailedException lets Quarkus try the next
        // one, the user store, which would check the password with no throttle at all: the sign-in must be refused.
        QuarkusMock.installMockForType(new LoginThrottle() {
            @Override
            public Optional<Duration> refusal(String username, String address) {
                throw new IllegalStateException("login_failure cannot be read");
            }
        }, LoginThrottle.class);

        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(503);
        Response form = formLogin("admin", DemoUsers.DEMO_PASSWORD);
        form.then().statusCode(302).header("Location", containsString(ThrottleResponses.UNAVAILABLE_PAGE));
        assertThat(form.getCookie("custody-session")).isNull();
        given().get(ThrottleResponses.UNAVAILABLE_PAGE).then().statusCode(200)
                .body(containsString("Sign-in is unavailable right now"));
    }

    @Test
    void shouldRefuseTheRightPasswordWhenTheOutcomeCannotBeRecorded() {
        QuarkusMock.installMockForType(new LoginThrottle() {
            @Override
            public Optional<Duration> refusal(String username, String address) {
                return Optional.empty();
            }

            @Override
            public void succeeded(String username) {
                throw new IllegalStateException("login_failure cannot be written");
            }
        }, LoginThrottle.class);

        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(503);
    }

    private static Response formLogin(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    private static long failuresOf(String user) {
        return QuarkusTransaction.requiringNew().call(() -> LoginFailure.count("username", user));
    }

    private static org.hamcrest.Matcher<String> positive() {
        return org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*");
    }
}
