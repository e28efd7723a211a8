package dev.custody.reference;

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

/** Restricted parties: named companies on US restriction lists; maintained by administrators. */
@Path("/api/restricted-parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Restricted parties")
public class RestrictedPartyResource {
    @Inject
    RestrictedPartyService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List restricted parties", description = "Filter by q (name or aliases), list (part of the "
            + "list name) and country; sort by name, listName, listedOn, country, id (prefix - to reverse)")
    public PageResult<RestrictedPartyView> list(@QueryParam("q") String q, @QueryParam("list") String list,
            @QueryParam("country") String country, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort) {
        return service.list(q, list, country, new ListQuery(page, size, sort)).map(RestrictedPartyView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a restricted party", description = "The ETag header carries the version to send back in "
            + "If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RestrictedPartyView.class)))
    public Response get(@PathParam("id") long id) {
        RestrictedParty party = service.get(id);
        return Response.ok(RestrictedPartyView.of(party)).tag(String.valueOf(party.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a restricted party", description = "Administrators only")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RestrictedPartyView.class)))
    public Response create(@Valid @NotNull RestrictedPartyInput input) {
        RestrictedParty party = service.create(input);
        return Response.created(URI.create("/api/restricted-parties/" + party.id)).tag(String.valueOf(party.version))
                .entity(RestrictedPartyView.of(party)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a restricted party", description = "Administrators only; needs the edited version "
            + "(If-Match or version field)")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RestrictedPartyView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RestrictedPartyInput input) {
        RestrictedParty party = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(RestrictedPartyView.of(party)).tag(String.valueOf(party.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a restricted party", description = "Administrators only")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
