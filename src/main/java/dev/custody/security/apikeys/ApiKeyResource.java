package dev.custody.security.apikeys;

import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys of the signed-in login: create (shown once), list, revoke; administrators see and revoke anyone's. */
@Path("/api/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
public class ApiKeyResource {
    @Inject
    ApiKeyService service;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Your API keys", description = "Newest first, revoked and expired ones included; "
            + "never a key itself, only its prefix")
    public List<ApiKeyView> list() {
        return service.own(caller());
    }

    @GET
    @Path("all")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every login's API keys", description = "Ordered by owner, newest first; owner narrows "
            + "the list to one login")
    public List<ApiKeyView> all(@QueryParam("owner") String owner) {
        return service.all(owner);
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Create an API key", description = "201 with the key, the only time it is shown. "
            + "It carries the roles asked for (each one yours; all of yours when none are named) and stops working "
            + "at expiresAt, if given. 400 naming the field for an unknown role, a role you lack or a past expiry; "
            + "403 when the request itself was signed in with an API key; 409 with Keycloak sign-in")
    @APIResponse(responseCode = "201", description = "Created; the key is in the body, once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKey.class)))
    public Response create(@Valid @NotNull ApiKeyInput input) {
        if (identity.getAttribute(ApiKeyIdentityProvider.KEY_ID) != null) {
            throw new KeyMintsKeyException();
        }
        CreatedApiKey created = service.create(caller(), input);
        return Response.created(URI.create("/api/api-keys/" + created.apiKey().id()))
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Get an API key", description = "Yours, or anyone's for an administrator; 404 otherwise")
    public ApiKeyView get(@PathParam("id") long id) {
        return service.get(id, caller(), isAdmin());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Revoke an API key", description = "Yours, or anyone's for an administrator; the key is "
            + "refused from the next request on and stays listed as revoked. Revoking it again changes nothing")
    public ApiKeyView revoke(@PathParam("id") long id) {
        return service.revoke(id, caller(), isAdmin());
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
