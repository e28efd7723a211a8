package dev.custody.webhooks;

import static dev.custody.webhooks.Webhooks.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.custody.platform.events.BandChanged;
import dev.custody.platform.events.ReportReady;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /api/webhooks: registration rules (addresses, events), the secret shown once, changes with versions. */
@QuarkusTest
class WebhookResourceTest {
    private static final String LOCAL = "http://127.0.0.1:9/custody";

    @AfterEach
    void cleanUp() {
        Webhooks.removeAll();
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return admin().body(body).post("/api/webhooks").then();
    }

    private static void refused(Map<String, Object> body, String field, String message) {
        post(body).statusCode(400).contentType("application/problem+json").body("errors.field", contains(field))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void shouldShowTheSecretOnceAndNeverAgain() {
        ValidatableResponse created = post(Map.of("url", LOCAL, "events", List.of(ReportReady.TYPE, BandChanged.TYPE),
                "description", "SOC")).statusCode(201).header("Location", containsString("/api/webhooks/"))
                .body("secret", startsWith("whsec_")).body("active", equalTo(true))
                .body("events", contains(BandChanged.TYPE, ReportReady.TYPE)).body("createdBy", equalTo("admin"));
        long id = created.extract().jsonPath().getLong("id");
        String secret = created.extract().path("secret");
        assertThat(secret).hasSizeGreaterThan(40);

        admin().get("/api/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret")))
                .body("url", equalTo(LOCAL)).body("description", equalTo("SOC"));
        String list = admin().get("/api/webhooks").then().statusCode(200).body("id", hasItem((int) id)).extract()
                .asString();
        assertThat(list).doesNotContain(secret).doesNotContain("\"secret\"");
        String rotated = admin().post("/api/webhooks/" + id + "/secret").then().statusCode(200).extract().path("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
    }

    @Test
    void shouldRefuseAddressesThatAreNotPublicWebAddresses() {
        List<String> events = List.of(BandChanged.TYPE);
        refused(Map.of("url", "http://10.0.0.5/hook", "events", events), "url", "private or reserved address");
        refused(Map.of("url", "http://169.254.169.254/latest/meta-data", "events", events), "url",
                "private or reserved address");
        refused(Map.of("url", "http://[fd00::1]/hook", "events", events), "url", "private or reserved address");
        refused(Map.of("url", "http://admin:pw@127.0.0.1/hook", "events", events), "url", "user name or password");
        refused(Map.of("url", "ftp://127.0.0.1/hook", "events", events), "url", "https:// or http://");
        refused(Map.of("url", "gopher://127.0.0.1:70/_", "events", events), "url", "https:// or http://");
        refused(Map.of("url", "", "events", events), "url", "must not be blank");
        post(Map.of("url", "https://93.184.215.14/custody", "events", events)).statusCode(201);
        assertThat(admin().get("/api/webhooks").then().extract().jsonPath().getList("url"))
                .containsExactly("https://93.184.215.14/custody");
    }

    @Test
    void shouldRefuseUnknownOrMissingEvents() {
        refused(Map.of("url", LOCAL, "events", List.of("dev.custody.vendor.deleted")), "events",
                "names unknown events [dev.custody.vendor.deleted]");
        refused(Map.of("url", LOCAL, "events", List.of()), "events", "choose at least one event");
        admin().get("/api/webhooks/event-types").then().statusCode(200)
                .body("type", contains(EventCatalogue.types().toArray()))
                .body("find { it.type == 'dev.custody.band.changed' }.name", equalTo("Band changed"));
    }

    @Test
    void shouldChangeAndRemoveAnEndpointOnlyWithItsVersion() {
        long id = post(Map.of("url", LOCAL, "events", List.of(BandChanged.TYPE))).statusCode(201).extract().jsonPath()
                .getLong("id");
        Map<String, Object> change = Map.of("url", LOCAL + "/v2", "events", List.of(ReportReady.TYPE), "active", false);
        admin().body(change).put("/api/webhooks/" + id).then().statusCode(428);
        admin().header("If-Match", "\"0\"").body(change).put("/api/webhooks/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("url", equalTo(LOCAL + "/v2")).body("active", equalTo(false))
                .body("events", contains(ReportReady.TYPE)).body("updatedBy", equalTo("admin"));
        admin().header("If-Match", "\"0\"").body(change).put("/api/webhooks/" + id).then().statusCode(409);
        admin().header("If-Match", "\"0\"").delete("/api/webhooks/" + id).then().statusCode(409);
        admin().header("If-Match", "\"1\"").delete("/api/webhooks/" + id).then().statusCode(204);
        admin().get("/api/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        admin().get("/api/webhooks/" + id + "/deliveries").then().statusCode(404);
    }

    @Test
    void shouldKeepTheLogOfOneEndpointToItself() {
        long one = post(Map.of("url", LOCAL, "events", List.of(BandChanged.TYPE))).statusCode(201).extract().jsonPath()
                .getLong("id");
        long other = post(Map.of("url", LOCAL + "/other", "events", List.of(BandChanged.TYPE))).statusCode(201)
                .extract().jsonPath().getLong("id");
        io.restassured.response.ExtractableResponse<?> queued = admin().post("/api/webhooks/" + one + "/test").then()
                .statusCode(202).extract();
        long delivery = queued.jsonPath().getLong("id");
        assertThat(queued.header("Location")).endsWith("/api/webhooks/" + one + "/deliveries/" + delivery);
        admin().get("/api/webhooks/" + one + "/deliveries/" + delivery).then().statusCode(200)
                .body("eventType", equalTo(EventCatalogue.TEST)).body("payload", containsString("\"specversion\":\"1.0\""));
        admin().get("/api/webhooks/" + other + "/deliveries/" + delivery).then().statusCode(404);
        admin().queryParam("size", 0).get("/api/webhooks/" + one + "/deliveries").then().statusCode(400)
                .body("errors.field", contains("size"));
    }
}
