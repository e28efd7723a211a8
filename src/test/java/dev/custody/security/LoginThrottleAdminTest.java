package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators see the pairs the login throttle slows down and clear them, on the page and through the API. */
@QuarkusTest
class LoginThrottleAdminTest {
    private static final String ADDRESS = "198.51.100.23";

    @Inject
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forget() {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottlePair.deleteAll());
    }

    @Test
    void shouldListAndClearThrottlesThroughTheApi() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("buyer", ADDRESS);
        }
        throttle.failed("executive", ADDRESS);

        Response list = admin().get("/api/login-throttles");
        list.then().statusCode(200).body("username", hasItem("buyer")).body("address", hasItem(ADDRESS));
        assertThat(list.jsonPath().getLong("find { it.username == 'buyer' }.waitSeconds")).isBetween(1L, 2L);
        assertThat(list.jsonPath().getInt("find { it.username == 'executive' }.waitSeconds")).isZero();
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).get("/api/login-throttles")
                .then().statusCode(403);

        long id = list.jsonPath().getLong("find { it.username == 'buyer' }.id");
        admin().delete("/api/login-throttles/" + id).then().statusCode(204);
        assertThat(throttle.refusal("buyer", ADDRESS)).isEmpty();
        admin().delete("/api/login-throttles/" + id).then().statusCode(404);
        admin().delete("/api/login-throttles").then().statusCode(200).body("cleared", org.hamcrest.Matchers.is(1));
    }

    @Test
    void shouldShowAndClearThrottlesOnThePage() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("approver", ADDRESS);
        }
        FormSession admin = FormSession.signIn("admin", DemoUsers.DEMO_PASSWORD);
        String token = admin.csrfFrom("/admin/login-throttles");
        admin.request().get("/admin/login-throttles").then().statusCode(200).body(containsString("approver"))
                .body(containsString(ADDRESS)).body(containsString("more seconds"));
        long id = QuarkusTransaction.requiringNew().call(() -> LoginThrottlePair.<LoginThrottlePair>find("username", "approver")
                .firstResult().id);

        Response cleared = admin.post("/admin/login-throttles/" + id + "/clear", token, Map.of());
        cleared.then().statusCode(303);
        admin.request().get(cleared.header("Location")).then().statusCode(200).body(containsString("Cleared 1."))
                .body(not(containsString(ADDRESS)));
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD);
    }
}
