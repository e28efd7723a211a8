package dev.custody.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The sign-in of each mode on every operation, with the roles Quarkus found from @RolesAllowed. */
class ApiSecurityFilterTest {
    private static OpenAPI document(Operation operation) {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("SecurityScheme",
                        OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .paths(OASFactory.createPaths().addPathItem("/api/scores/rescore",
                        OASFactory.createPathItem().POST(operation)));
    }

    private static Operation adminOnly() {
        return OASFactory.createOperation().operationId("rescoreRescore")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", List.of("admin")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                        .description("OK")));
    }

    @Test
    void shouldOfferBasicOrAnApiKeyWithTheRolesInTheEmbeddedMode() {
        Operation operation = adminOnly();
        OpenAPI api = document(operation);
        ApiSecurityFilter.apply(api, false, "http://127.0.0.1:8180/realms/custody");
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("basicAuth", "apiKey");
        assertThat(api.getComponents().getSecuritySchemes().get("apiKey").getScheme()).isEqualTo("bearer");
        assertThat(operation.getSecurity()).extracting(r -> r.getSchemes())
                .containsExactly(Map.of("basicAuth", List.of("admin")), Map.of("apiKey", List.of("admin")));
        assertThat(operation.getResponses().getAPIResponses()).containsKeys("401", "403");
        assertThat(operation.getResponses().getAPIResponse("403").getContent().getMediaType("application/problem+json")
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void shouldOfferOnlyTheRealmsTokensInTheKeycloakMode() {
        Operation operation = adminOnly();
        OpenAPI api = document(operation);
        ApiSecurityFilter.apply(api, true, "https://sso.example.org/realms/custody/");
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("keycloak");
        assertThat(api.getComponents().getSecuritySchemes().get("keycloak").getOpenIdConnectUrl())
                .isEqualTo("https://sso.example.org/realms/custody/.well-known/openid-configuration");
        assertThat(operation.getSecurity()).extracting(r -> r.getSchemes()).containsExactly(Map.of("keycloak", List.of()));
        assertThat(operation.getDescription()).isEqualTo("Roles: admin.");
    }

    @Test
    void shouldSecureAnOperationQuarkusLeftWithoutARequirement() {
        Operation operation = OASFactory.createOperation().operationId("open");
        ApiSecurityFilter.apply(document(operation), false, "");
        assertThat(operation.getSecurity()).hasSize(2);
        assertThat(operation.getResponses().getAPIResponses()).containsKey("401").doesNotContainKey("403");
    }
}
