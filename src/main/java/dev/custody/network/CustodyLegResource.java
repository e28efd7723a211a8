package dev.custody.network;

import dev.custody.security.Roles;
import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Custody legs: the ordered hand-offs of a vendor's product from the last factory to our dock. */
@Path("/api/custody-legs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Custody legs")
public class CustodyLegResource {
    @Inject
    CustodyLegService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List custody legs", description = "Filter by vendorId, handlerId and country; sort by vendor "
            + "(the default, each chain in sequence), sequence, kind, handler, country, id (prefix - to reverse)")
    public PageResult<CustodyLegView> list(@QueryParam("vendorId") Long vendorId, @QueryParam("handlerId") Long handlerId,
            @QueryParam("country") String country, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort) {
        return service.list(vendorId, handlerId, country, new ListQuery(page, size, sort)).map(CustodyLegView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a custody leg", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustodyLegView.class)))
    public Response get(@PathParam("id") long id) {
        CustodyLeg leg = service.get(id);
        return Response.ok(CustodyLegView.of(leg)).tag(String.valueOf(leg.version)).build();
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Create a custody leg", description = "The vendor must be of kind VENDOR; 409 when the vendor "
            + "already has a leg with this sequence")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustodyLegView.class)))
    public Response create(@Valid @NotNull CustodyLegInput input) {
        CustodyLeg leg = service.create(input);
        return Response.created(URI.create("/api/custody-legs/" + leg.id)).tag(String.valueOf(leg.version))
                .entity(CustodyLegView.of(leg)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Update a custody leg", description = "Needs the edited version (If-Match or version field); "
            + "409 when someone else changed it first")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustodyLegView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CustodyLegInput input) {
        CustodyLeg leg = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(CustodyLegView.of(leg)).tag(String.valueOf(leg.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete a custody leg")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
