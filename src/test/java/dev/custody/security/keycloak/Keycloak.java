package dev.custody.security.keycloak;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.security.DemoUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Base64;

/** Talks to the Keycloak of the test run: reachability, and tokens through the public script client. */
final class Keycloak {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Keycloak() {
    }

    /** Fails (never skips) the suite when Keycloak is not there: this suite exists to test against it. */
    static void requireRunning() {
        String discovery = KeycloakProfile.REALM + "/.well-known/openid-configuration";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(discovery).toURL().openConnection();
            connection.setConnectTimeout(3000);
            connection.setReadTimeout(5000);
            assertThat(connection.getResponseCode()).as("Keycloak realm 'custody' at %s", discovery).isEqualTo(200);
        } catch (IOException unreachable) {
            fail("Keycloak is not running at " + KeycloakProfile.KEYCLOAK + " (start it with the realm of "
                    + "data-seeds/keycloak as .ci/run does): " + unreachable);
        }
    }

    /** An access token for a demo user by the password grant of the public client custody-cli. */
    static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "custody-cli")
                .formParam("username", user).formParam("password", DemoUsers.DEMO_PASSWORD)
                .post(KeycloakProfile.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The claims of a JWT, read without checking the signature (Custody checks that). */
    static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}
