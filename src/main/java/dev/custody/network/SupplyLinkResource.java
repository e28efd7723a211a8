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

/** Supply links buyer -> supplier; a link that would close a cycle is refused with 409 naming the cycle. */
@Path("/api/supply-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supply links")
public class SupplyLinkResource {
    @Inject
    SupplyLinkService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List supply links", description = "Filter by buyerId, supplierId, criticality and q (item or "
            + "organization name); sort by id, buyer, supplier, item, share, criticality (prefix - to reverse)")
    public PageResult<SupplyLinkView> list(@QueryParam("buyerId") Long buyerId, @QueryParam("supplierId") Long supplierId,
            @QueryParam("criticality") Criticality criticality, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") String sort) {
        return service.list(buyerId, supplierId, criticality, q, new ListQuery(page, size, sort)).map(SupplyLinkView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a supply link")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplyLinkView.class)))
    public Response get(@PathParam("id") long id) {
        SupplyLink link = service.get(id);
        return Response.ok(SupplyLinkView.of(link)).tag(String.valueOf(link.version)).build();
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Create a supply link", description = "409 when it would close a cycle or duplicates a link")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplyLinkView.class)))
    public Response create(@Valid @NotNull SupplyLinkInput input) {
        SupplyLink link = service.create(input);
        return Response.created(URI.create("/api/supply-links/" + link.id)).tag(String.valueOf(link.version))
                .entity(SupplyLinkView.of(link)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Update a supply link", description = "Needs the edited version (If-Match or version field)")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplyLinkView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SupplyLinkInput input) {
        SupplyLink link = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(SupplyLinkView.of(link)).tag(String.valueOf(link.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete a supply link")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
