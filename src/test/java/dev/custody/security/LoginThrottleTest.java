package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.custody.seeding.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 7 of issue 16: failed sign-ins slow down only the (user name, address) pair that makes them, progressively
 * and up to a cap, so that nobody can lock another user, or everyone behind one address, out.
 */
@QuarkusTest
class LoginThrottleTest {
    private static final String ELSEWHERE = "203.0.113.9";

    @Inject
    ThrottleConfig config;
    @Inject
    LoginThrottle throttle;
    @Inject
    TestClock clock;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> LoginThrottlePair.deleteAll());
    }

    @Test
    void shouldMakeOnlyThisUserNameFromThisAddressWaitAfterFiveFailures() {
        for (int i = 0; i < config.failuresBeforeDelay(); i++) {
            formLogin("buyer", "guess-" + i).then().statusCode(302).header("Location", containsString("/login?error=true"));
        }

        formLogin("buyer", DemoUsers.DEMO_PASSWORD).then().statusCode(302)
                .header("Location", containsString(ThrottleResponses.LOGIN_PAGE)).header("Retry-After", positive());
        given().auth().preemptive().basic("buyer", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", positive())
                .body("status", org.hamcrest.Matchers.is(429));
        given().get(ThrottleResponses.LOGIN_PAGE + "&wait=1").then().statusCode(200)
                .body(containsString("Too many failed sign-ins for this user name from this address. Wait 1 seconds"));
        // Attempts refused while the pair waits are not counted: the wait does not grow while someone keeps trying.
        assertThat(failures("buyer", "127.0.0.1")).isEqualTo(config.failuresBeforeDelay());

        // Another user from the same address, and the same user from another address, are let in.
        assertThat(formLogin("executive", DemoUsers.DEMO_PASSWORD).getCookie("custody-session")).isNotBlank();
        assertThat(throttle.refusal("buyer", ELSEWHERE)).isEmpty();
    }

    @Test
    void shouldNeverLetAnyoneLockAnotherUserOut() {
        // Someone elsewhere guesses the administrator's password fifty times ...
        for (int i = 0; i < 50; i++) {
            throttle.failed("admin", ELSEWHERE);
        }
        // ... and someone at this address tries twenty-five user names that do not exist.
        for (int i = 0; i < 25; i++) {
            formLogin("nobody-" + UUID.randomUUID(), "guess").then().statusCode(302);
        }

        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).get("/api/organizations").then().statusCode(200);
        assertThat(formLogin("admin", DemoUsers.DEMO_PASSWORD).getCookie("custody-session")).isNotBlank();
        assertThat(throttle.refusal("admin", ELSEWHERE)).isPresent();
    }

    @Test
    void shouldDoubleTheWaitWithEachFurtherFailureUpToTheCap() {
        clock.fixAt(Instant.parse("2026-12-07T10:00:00Z"));
        String user = "doubling-" + UUID.randomUUID();
        long[] expectedSeconds = {0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60};
        for (int failure = 1; failure <= expectedSeconds.length; failure++) {
            throttle.failed(user, ELSEWHERE);
            Optional<Duration> wait = throttle.refusal(user, ELSEWHERE);
            assertThat(wait.map(Duration::toSeconds).orElse(0L)).as("wait after failure %d", failure)
                    .isEqualTo(expectedSeconds[failure - 1]);
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.refusal(user, ELSEWHERE)).as("after the longest wait").isEmpty();
    }

    @Test
    void shouldForgetThePairOnSuccessAndAfterAQuietPeriod() {
        clock.fixAt(Instant.parse("2026-12-07T10:00:00Z"));
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst", "127.0.0.1");
            throttle.failed("analyst", ELSEWHERE);
        }
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).get("/api/organizations").then().statusCode(200);
        assertThat(failures("analyst", "127.0.0.1")).isZero();
        assertThat(failures("analyst", ELSEWHERE)).as("another address's failures are its own").isEqualTo(4);

        clock.advance(config.forgetAfter().plusSeconds(1));
        throttle.failed("analyst", ELSEWHERE);
        assertThat(failures("analyst", ELSEWHERE)).as("counted from one again after a quiet period").isEqualTo(1);
    }

    @Test
    void shouldRefuseTheRightPasswordWhenTheThrottleCannotBeChecked() {
        // An identity provider that fails otherwise than AuthenticationFailedException lets Quarkus try the next
        // one, the user store, which would check the password with no throttle at all: the sign-in must be refused.
        QuarkusMock.installMockForType(new LoginThrottle() {
            @Override
            public Optional<Duration> refusal(String username, String address) {
                throw new IllegalStateException("login_throttle cannot be read");
            }
        }, LoginThrottle.class);

        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", positive());
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
            public void succeeded(String username, String address) {
                throw new IllegalStateException("login_throttle cannot be written");
            }
        }, LoginThrottle.class);

        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).get("/api/organizations")
                .then().statusCode(503);
    }

    private static Response formLogin(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    private static int failures(String user, String address) {
        return QuarkusTransaction.requiringNew().call(() -> LoginThrottlePair
                .<LoginThrottlePair>find("username = ?1 and address = ?2", user, address)
                .firstResultOptional().map(p -> p.failures).orElse(0));
    }

    private static org.hamcrest.Matcher<String> positive() {
        return org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*");
    }
}
