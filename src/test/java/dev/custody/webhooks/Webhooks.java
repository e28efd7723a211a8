package dev.custody.webhooks;

import static io.restassured.RestAssured.given;

import dev.custody.network.InsiderFactor;
import dev.custody.security.DemoUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Registers endpoints through the API as the admin, reads their logs, waits for the worker, cleans up. */
final class Webhooks {
    /** An endpoint as registered: its id and the secret shown once. */
    record Registered(long id, String secret) {
    }

    private Webhooks() {
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", DemoUsers.DEMO_PASSWORD).contentType(ContentType.JSON);
    }

    static Registered register(String url, String... events) {
        JsonPath created = admin().body(Map.of("url", url, "events", List.of(events), "description", "test receiver"))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        return new Registered(created.getLong("id"), created.getString("secret"));
    }

    static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).contentType(ContentType.JSON);
    }

    /** A new vendor in Germany, not assessed yet (so critical: unknown insider factors count as the worst). */
    static long organization(String name) {
        return analyst().body(Map.of("name", name, "kind", "VENDOR", "hqCountry", "DE", "ownership", "PRIVATE"))
                .post("/api/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An assessment today rating every insider factor the same. */
    static void assessEveryFactor(long organization, int rating) {
        Map<String, Object> factors = new HashMap<>();
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor.name(), rating);
        }
        analyst().body(Map.of("organizationId", organization, "assessor", "Webhook test", "assessedOn",
                LocalDate.now().toString(), "factors", factors)).post("/api/assessments").then().statusCode(201);
    }

    /** The endpoint's deliveries, newest first. */
    static JsonPath deliveries(long endpoint) {
        return admin().queryParam("size", 500).get("/api/webhooks/" + endpoint + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath delivery(long endpoint, long delivery) {
        return admin().get("/api/webhooks/" + endpoint + "/deliveries/" + delivery).then().statusCode(200).extract()
                .jsonPath();
    }

    /** Waits until the condition holds (the worker polls every second in tests), or fails after the timeout. */
    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Removes every endpoint (their deliveries go with them), so later tests queue nothing for dead receivers. */
    static void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> WebhookEndpoint.deleteAll());
    }
}
