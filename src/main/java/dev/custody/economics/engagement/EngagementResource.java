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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's engagement: units, price, spend and the loss estimate of each threat scenario. */
@Path("/api/organizations/{id}/engagement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class EngagementResource {
    @Inject
    EngagementService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a vendor's engagement", description = "404 when none was recorded; the ETag header "
            + "carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The engagement; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementView.class)))
    public Response get(@PathParam("id") long id) {
        Engagement engagement = service.get(id);
        return Response.ok(EngagementView.of(engagement)).tag(String.valueOf(engagement.version)).build();
    }

    @PUT
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Record or replace a vendor's engagement", description = "Scenario estimates left out are "
            + "removed. 201 on the first save; a replacement needs the edited version (If-Match or version field)")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "201", description = "Recorded for the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementView.class)))
    public Response put(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EngagementInput input) {
        EngagementService.Saved saved = service.save(id, input, () -> Versions.expected(ifMatch, input.version()));
        Engagement engagement = saved.engagement();
        Response.ResponseBuilder response = saved.created()
                ? Response.created(URI.create("/api/organizations/" + id + "/engagement"))
                : Response.ok();
        return response.entity(EngagementView.of(engagement)).tag(String.valueOf(engagement.version)).build();
    }

    @DELETE
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete a vendor's engagement", description = "With its estimates; needs If-Match. An "
            + "organization with an engagement cannot be deleted or stop being a vendor until it is removed")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
