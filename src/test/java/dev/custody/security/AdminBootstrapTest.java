package dev.custody.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminBootstrapTest {
    @Inject
    AdminBootstrap bootstrap;
    @Inject
    DemoUsers demoUsers;

    @Test
    void shouldNotReplaceAnExistingAdminsPassword() {
        // The demo users already include "admin": bootstrapping must leave its password alone.
        bootstrap.createAdmin("another-long-secret");
        given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).get("/api/organizations").then().statusCode(200);
        given().auth().preemptive().basic("admin", "another-long-secret").get("/api/organizations").then().statusCode(401);
    }

    @Test
    void shouldCreateTheFirstAdministratorWhenThereIsNone() {
        QuarkusTransaction.requiringNew().run(() -> AppUser.delete("username", "admin"));
        try {
            bootstrap.createAdmin("first-admin-secret");
            given().auth().preemptive().basic("admin", "first-admin-secret").get("/api/countries/DK").then().statusCode(200);
            given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).get("/api/countries/DK").then().statusCode(401);
        } finally {
            // Put the demo admin back for the other tests.
            QuarkusTransaction.requiringNew().run(() -> AppUser.delete("username", "admin"));
            QuarkusTransaction.requiringNew().run(() -> demoUsers.create());
        }
    }

    @Test
    void shouldRefuseAShortPassword() {
        assertThatThrownBy(() -> bootstrap.createAdmin("short")).hasMessageContaining("12 characters");
    }
}
