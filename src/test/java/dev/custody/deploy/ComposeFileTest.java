package dev.custody.deploy;

import static dev.custody.deploy.DeploymentFiles.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * compose.yaml, deploy/nginx.conf and src/main/docker/Dockerfile.jvm (no Docker engine here to run them): they parse,
 * name the services, probes and variables, and agree with each other, the realm and application.properties.
 */
class ComposeFileTest {
    private static final List<String> INSTANCES = List.of("custody-1", "custody-2");
    private static final JsonNode COMPOSE = DeploymentFiles.yaml(ROOT.resolve("compose.yaml"));

    private static JsonNode service(String name) {
        JsonNode service = COMPOSE.path("services").path(name);
        assertThat(service.isObject()).as("service %s in compose.yaml", name).isTrue();
        return service;
    }

    @Test
    void shouldDeclarePostgresKeycloakTwoInstancesAndAProxy() {
        List<String> names = new ArrayList<>();
        COMPOSE.path("services").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("db", "keycloak", "custody-1", "custody-2", "proxy");
        assertThat(service("db").path("image").asText()).startsWith("postgres:15");
        assertThat(service("keycloak").path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:26.4.7");
        assertThat(service("proxy").path("image").asText()).startsWith("nginx:");
    }

    @Test
    void shouldStartKeycloakWithTheCustodyRealm() {
        JsonNode keycloak = service("keycloak");
        assertThat(keycloak.path("command").toString()).contains("--import-realm").contains("--http-port=8180");
        assertThat(keycloak.path("volumes").get(0).asText()).startsWith("./data-seeds/keycloak:/opt/keycloak/data/import");
        assertThat(ROOT.resolve("data-seeds/keycloak/custody-realm.json")).exists();
        assertThat(keycloak.path("healthcheck").path("test").toString()).contains("/health/ready");
    }

    @Test
    void shouldRunBothInstancesOnPostgresWithKeycloakAndTheSameSessionKey() {
        Set<String> read = DeploymentFiles.variablesRead();
        for (String name : INSTANCES) {
            JsonNode env = service(name).path("environment");
            assertThat(env.path("QUARKUS_PROFILE").asText()).isEqualTo("pg");
            assertThat(env.path("CUSTODY_AUTH").asText()).isEqualTo("keycloak");
            assertThat(env.path("CUSTODY_DB_URL").asText()).isEqualTo("jdbc:postgresql://db:5432/custody");
            assertThat(env.path("CUSTODY_OIDC_URL").asText()).isEqualTo("http://keycloak:8180/realms/custody");
            List<String> variables = new ArrayList<>();
            env.fieldNames().forEachRemaining(variables::add);
            assertThat(variables).contains("CUSTODY_DB_USER", "CUSTODY_DB_PASSWORD", "CUSTODY_SESSION_KEY",
                    "CUSTODY_OIDC_CLIENT_SECRET");
            // Every CUSTODY_* variable is one application.properties reads (or maps, as custody.webhooks.source).
            variables.stream().filter(v -> v.startsWith("CUSTODY_") && !v.equals("CUSTODY_WEBHOOKS_SOURCE"))
                    .forEach(v -> assertThat(read).as("application.properties reads %s", v).contains(v));
            assertThat(service(name).path("healthcheck").path("test").toString()).contains("/q/health/ready");
            assertThat(service(name).has("ports")).as("%s is reachable only through the proxy", name).isFalse();
        }
        assertThat(service("custody-1").path("environment")).isEqualTo(service("custody-2").path("environment"));
        assertThat(service("custody-1").path("image").asText()).isEqualTo(service("custody-2").path("image").asText());
        assertThat(service("custody-1").path("build").path("dockerfile").asText())
                .isEqualTo("src/main/docker/Dockerfile.jvm");
    }

    @Test
    void shouldSendTheProxysTrafficToBothInstancesOnThePortTheRealmAllows() {
        JsonNode proxy = service("proxy");
        assertThat(proxy.path("ports").get(0).asText()).isEqualTo("8080:8080");
        assertThat(proxy.path("volumes").get(0).asText()).startsWith("./deploy/nginx.conf:/etc/nginx/nginx.conf");
        String nginx = DeploymentFiles.text(ROOT.resolve("deploy/nginx.conf"));
        assertThat(nginx).contains("server custody-1:8080").contains("server custody-2:8080").contains("listen 8080;")
                .contains("proxy_set_header Host $http_host;").contains("X-Forwarded-For");
        assertThat(nginx.chars().filter(c -> c == '{').count()).isEqualTo(nginx.chars().filter(c -> c == '}').count());
        assertThat(DeploymentFiles.text(ROOT.resolve("data-seeds/keycloak/custody-realm.json")))
                .contains("\"http://localhost:8080/*\"");
    }

    @Test
    void shouldPackageTheFastJarInTheQuarkusLayout() {
        String dockerfile = DeploymentFiles.text(ROOT.resolve("src/main/docker/Dockerfile.jvm"));
        assertThat(dockerfile).containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:")
                .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                .contains("COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/")
                .contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"").contains("EXPOSE 8080").contains("USER 185")
                .contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(Files.exists(ROOT.resolve(".dockerignore"))).isTrue();
        assertThat(DeploymentFiles.text(ROOT.resolve(".dockerignore"))).contains("!target/quarkus-app/");
    }
}
