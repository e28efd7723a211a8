package dev.custody.security.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** With CUSTODY_AUTH=keycloak, API keys are off: Keycloak's tokens are the only bearer tokens /api accepts. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
@Tag("keycloak")
class KeycloakApiKeysTest {
    /** Shaped like a Custody API key; no such key exists, and none is checked in this mode. */
    private static final String KEY_SHAPED = "custody_0123456789ab_" + "A".repeat(43);

    @BeforeAll
    static void keycloakIsRunning() {
        Keycloak.requireRunning();
    }

    @Test
    void shouldNotCreateKeysAndRefuseKeyShapedBearerTokens() {
        given().auth().oauth2(Keycloak.token("analyst")).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/api/api-keys").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("API keys are off while Custody signs in through Keycloak"));
        given().header("Authorization", "Bearer " + KEY_SHAPED).get("/api/countries/DE").then().statusCode(401);
        given().auth().oauth2(Keycloak.token("analyst")).get("/api/countries/DE").then().statusCode(200)
                .body("iso2", equalTo("DE"));
    }
}
