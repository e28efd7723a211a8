package dev.custody.web.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Puts the sign-in of the running mode on every operation when Custody starts (CUSTODY_AUTH is chosen at run time):
 * embedded, HTTP Basic or an API key as a bearer token; Keycloak, OpenID Connect bearer tokens of the configured
 * realm. The roles an operation needs, found by Quarkus from @RolesAllowed, stay listed with Basic and the API key.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiSecurityFilter implements OASFilter {
    static final String BASIC = "basicAuth";
    static final String API_KEY = "apiKey";
    static final String KEYCLOAK = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        boolean keycloak = "keycloak".equals(config.getOptionalValue("custody.auth", String.class).orElse("embedded"));
        apply(api, keycloak, config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).orElse(""));
    }

    /** The schemes of one mode, and their requirement on every operation; realm is Keycloak's realm URL. */
    static void apply(OpenAPI api, boolean keycloak, String realm) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.setSecuritySchemes(null);
        if (keycloak) {
            components.addSecurityScheme(KEYCLOAK, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.OPENIDCONNECT)
                    .openIdConnectUrl(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration")
                    .description("An access token of the Keycloak realm (CUSTODY_AUTH=keycloak), sent as "
                            + "\"Authorization: Bearer <token>\"; the operation needs one of the realm roles it lists"));
        } else {
            components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic").description("User name and password of a Custody login (CUSTODY_AUTH=embedded)"));
            components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("Custody API key")
                    .description("An API key of a Custody login (POST /api/api-keys), sent as \"Authorization: "
                            + "Bearer custody_...\"; it acts with the roles chosen for it"));
        }
        api.setSecurity(null);
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> secure(operation, keycloak)));
        }
    }

    static void secure(Operation operation, boolean keycloak) {
        List<String> roles = roles(operation);
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (keycloak) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(KEYCLOAK));
        } else {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(BASIC, roles));
            requirements.add(OASFactory.createSecurityRequirement().addScheme(API_KEY, roles));
        }
        operation.setSecurity(requirements);
        if (keycloak && !roles.isEmpty()) {
            String needs = "Roles: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? needs : description + ". " + needs);
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", problem("Not signed in, or the credentials were refused"));
        }
        if (!roles.isEmpty() && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", problem("None of the roles this operation needs"));
        }
        ApiContractFilter.describeProblems(operation);
    }

    /** The role names Quarkus listed in the operation's requirements (from @RolesAllowed), in order. */
    private static List<String> roles(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        }
        return List.copyOf(roles);
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(dev.custody.web.Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(ApiContractFilter.PROBLEM_REF))));
    }
}
