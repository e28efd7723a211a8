package dev.custody.economics.engagement;

import dev.custody.security.Roles;
import dev.custody.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The safeguard catalogue: controls against threat scenarios, their effectiveness and cost (inputs, not truths). */
@Path("/api/safeguards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class SafeguardResource {
    @Inject
    SafeguardService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List the safeguard catalogue", description = "Ordered by name")
    public List<SafeguardView> list() {
        return service.list().stream().map(SafeguardView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a safeguard", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafeguardView.class)))
    public Response get(@PathParam("id") long id) {
        Safeguard safeguard = service.get(id);
        return Response.ok(SafeguardView.of(safeguard)).tag(String.valueOf(safeguard.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a safeguard to the catalogue")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafeguardView.class)))
    public Response create(@Valid @NotNull SafeguardInput input) {
        Safeguard safeguard = service.create(input);
        return Response.created(URI.create("/api/safeguards/" + safeguard.id)).tag(String.valueOf(safeguard.version))
                .entity(SafeguardView.of(safeguard)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a safeguard", description = "Needs the edited version (If-Match or version field)")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafeguardView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SafeguardInput input) {
        Safeguard safeguard = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(SafeguardView.of(safeguard)).tag(String.valueOf(safeguard.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a safeguard from the catalogue", description = "Needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
