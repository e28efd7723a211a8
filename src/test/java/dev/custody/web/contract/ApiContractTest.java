package dev.custody.web.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.security.DemoUsers;
import dev.custody.security.Endpoints;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document at /q/openapi is a contract a client generator can use: only /api routes and every one of them, a
 * unique operationId, a described tag and the embedded sign-in's security on every operation, problem+json errors,
 * servers and a licence. (.ci/run also lints it with Redocly's recommended rules.)
 */
@QuarkusTest
class ApiContractTest {
    private static final String TEST_ONLY = "/api/test-only/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private JsonNode document;

    /** One operation of the document: its path, HTTP method and body. */
    record Op(String path, String method, JsonNode body) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeEach
    void fetch() throws IOException {
        String json = given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    /** The operations of the application (the test-only resources of src/test are scanned too, and left out). */
    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (METHODS.contains(m.getKey()) && !path.getKey().startsWith(TEST_ONLY)) {
                ops.add(new Op(path.getKey(), m.getKey(), m.getValue()));
            }
        }));
        return ops;
    }

    @Test
    void shouldDescribeEveryApiEndpointAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        operations().forEach(op -> documented.add(op.key()));
        Set<String> api = new TreeSet<>();
        Endpoints.discover().stream().filter(e -> e.path().startsWith("/api/")).forEach(e -> api.add(e.key()));
        Set<String> missing = new TreeSet<>(api);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(api);
        assertThat(missing).as("API endpoints missing from the document").isEmpty();
        assertThat(extra).as("operations of the document that are no API endpoint").isEmpty();
        assertThat(documented).hasSizeGreaterThan(100);
    }

    @Test
    void shouldGiveEveryOperationAUniqueOperationIdATagAndASummary() {
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            String id = op.body().path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]+") || !ids.add(id)) {
                wrong.add(op.key() + " operationId '" + id + "'");
            }
            if (op.body().path("tags").size() != 1 || op.body().path("summary").asText("").isBlank()) {
                wrong.add(op.key() + " needs one tag and a summary");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(document.at("/paths/~1api~1organizations/get/operationId").asText()).isEqualTo("organizationList");
    }

    @Test
    void shouldDescribeEveryTagTheOperationsUse() {
        Set<String> used = new TreeSet<>();
        operations().forEach(op -> op.body().path("tags").forEach(tag -> used.add(tag.asText())));
        Map<String, String> described = new java.util.TreeMap<>();
        document.path("tags").forEach(tag -> described.put(tag.path("name").asText(), tag.path("description").asText("")));
        assertThat(described.keySet()).as("tags of the document").containsAll(used);
        assertThat(used).allSatisfy(name -> assertThat(described.get(name)).as(name).hasSizeGreaterThan(20));
    }

    @Test
    void shouldSecureEveryOperationWithBasicOrAnApiKeyAndDescribeItsErrors() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("apiKey").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.has("keycloak")).as("OpenID Connect only in the Keycloak mode").isFalse();
        List<String> wrong = new ArrayList<>();
        for (Op op : operations()) {
            List<String> alternatives = new ArrayList<>();
            op.body().path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(alternatives::add));
            if (!alternatives.equals(List.of("basicAuth", "apiKey"))) {
                wrong.add(op.key() + " security " + alternatives);
            }
            JsonNode responses = op.body().path("responses");
            if (!responses.has("401")) {
                wrong.add(op.key() + " has no 401");
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") && !response.getValue().path("content")
                        .path("application/problem+json").path("schema").path("$ref").asText().endsWith("/Problem")) {
                    wrong.add(op.key() + " " + response.getKey() + " is not a problem");
                }
            });
        }
        assertThat(wrong).isEmpty();
        assertThat(document.at("/paths/~1api~1scores~1rescore/post/security/0/basicAuth").toString()).isEqualTo("[\"admin\"]");
    }

    @Test
    void shouldNameServersAndTheLicence() {
        assertThat(document.path("servers").size()).isPositive();
        assertThat(document.path("servers").get(0).path("url").asText()).isNotBlank();
        assertThat(document.path("info").path("license").path("name").asText()).isEqualTo("Apache-2.0");
        assertThat(document.path("info").path("license").path("url").asText()).startsWith("https://");
        assertThat(document.path("info").path("version").asText()).isNotBlank().doesNotContain("quarkus");
    }

    @Test
    void shouldAnswerAClientThatAcceptsOnlyProblemsAsAGeneratedClientDoes() {
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).accept("application/problem+json")
                .get("/api/countries/DE").then().statusCode(200).contentType("application/json");
        given().auth().preemptive().basic("analyst", DemoUsers.DEMO_PASSWORD).accept("application/problem+json")
                .get("/api/countries/QQ").then().statusCode(404).contentType("application/problem+json");
    }
}
