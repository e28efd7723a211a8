package dev.custody.security.keycloak;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Custody signing in through the real Keycloak that .ci/run starts on 127.0.0.1:8180 with
 * data-seeds/keycloak/custody-realm.json imported. The fixed port matches the web client's redirect URIs there.
 */
public class KeycloakProfile implements QuarkusTestProfile {
    static final String KEYCLOAK = System.getProperty("custody.test.keycloak-url",
            System.getenv().getOrDefault("CUSTODY_TEST_KEYCLOAK_URL", "http://127.0.0.1:8180"));
    static final String REALM = KEYCLOAK + "/realms/custody";
    static final int PORT = 18080;
    static final String APP = "http://localhost:" + PORT;
    /** DEMO secret of the custody-web client in the realm export. */
    static final String WEB_SECRET = "DEMO-ONLY-custody-web-secret-change-me-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("custody.auth", "keycloak",
                "quarkus.oidc.auth-server-url", REALM,
                "quarkus.oidc.credentials.secret", WEB_SECRET,
                "quarkus.http.test-port", String.valueOf(PORT));
    }
}
