package dev.custody.deploy;

import static dev.custody.deploy.DeploymentFiles.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The manifests quarkus-kubernetes wrote into target/kubernetes during package (so this runs after it, in failsafe):
 * they parse, the Deployment has two replicas, probes on /q/health, and database and OIDC settings from the Secret.
 */
class KubernetesManifestsIT {
    private static final Path YAML = ROOT.resolve("target/kubernetes/kubernetes.yml");
    private static final List<String> FROM_SECRET = List.of("CUSTODY_DB_URL", "CUSTODY_DB_USER", "CUSTODY_DB_PASSWORD",
            "CUSTODY_SESSION_KEY", "CUSTODY_OIDC_URL", "CUSTODY_OIDC_CLIENT_SECRET");

    private static JsonNode only(List<JsonNode> documents, String kind) {
        List<JsonNode> found = documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
        assertThat(found).as("one %s in %s", kind, YAML).hasSize(1);
        return found.get(0);
    }

    private static JsonNode container() {
        JsonNode containers = only(DeploymentFiles.documents(YAML), "Deployment").path("spec").path("template")
                .path("spec").path("containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    @Test
    void shouldGenerateADeploymentOfTwoReplicasAndAService() {
        List<JsonNode> documents = DeploymentFiles.documents(YAML);
        assertThat(documents).extracting(d -> d.path("kind").asText())
                .contains("Deployment", "Service").doesNotContain("Job", "ServiceMonitor");
        JsonNode deployment = only(documents, "Deployment");
        assertThat(deployment.path("metadata").path("name").asText()).isEqualTo("custody");
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(deployment.path("spec").path("template").path("spec").has("initContainers")).isFalse();
        JsonNode service = only(documents, "Service");
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asInt()).isEqualTo(8080);
        assertThat(container().path("image").asText()).endsWith("custody/custody:0.1.0-SNAPSHOT");
    }

    @Test
    void shouldProbeTheHealthEndpoints() {
        JsonNode container = container();
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(container.path("startupProbe").path("failureThreshold").asInt()).isEqualTo(30);
        assertThat(container.path("readinessProbe").path("httpGet").path("port").asInt()).isEqualTo(8080);
    }

    @Test
    void shouldTakeDatabaseAndOidcSettingsFromTheSecret() {
        Map<String, JsonNode> env = new HashMap<>();
        container().path("env").forEach(e -> env.put(e.path("name").asText(), e));
        for (String name : FROM_SECRET) {
            JsonNode ref = env.get(name).path("valueFrom").path("secretKeyRef");
            assertThat(ref.path("name").asText()).as("%s from the Secret", name).isEqualTo("custody");
            assertThat(ref.path("key").asText()).isNotBlank();
            assertThat(env.get(name).has("value")).as("%s has no literal value", name).isFalse();
        }
        assertThat(env.get("QUARKUS_PROFILE").path("value").asText()).isEqualTo("pg");
        assertThat(env.get("CUSTODY_AUTH").path("value").asText()).isEqualTo("keycloak");
        Set<String> read = DeploymentFiles.variablesRead();
        assertThat(read).containsAll(FROM_SECRET).contains("CUSTODY_AUTH");
    }

    @Test
    void shouldWriteTheSameManifestsAsJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(ROOT.resolve("target/kubernetes/kubernetes.json").toFile());
        assertThat(json.toString()).contains("\"replicas\":2").contains("/q/health/ready");
    }
}
