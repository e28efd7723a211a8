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

/** Sites: where an organization works for us, in which country and city, doing what. */
@Path("/api/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
public class SiteResource {
    @Inject
    SiteService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List sites", description = "Filter by organizationId, country, activity and q (name or city); "
            + "sort by name, organization, country, city, id (prefix - to reverse)")
    public PageResult<SiteView> list(@QueryParam("organizationId") Long organizationId,
            @QueryParam("country") String country, @QueryParam("activity") SiteActivity activity,
            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort) {
        return service.list(organizationId, country, activity, q, new ListQuery(page, size, sort)).map(SiteView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a site", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public Response get(@PathParam("id") long id) {
        Site site = service.get(id);
        return Response.ok(SiteView.of(site)).tag(String.valueOf(site.version)).build();
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Create a site")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public Response create(@Valid @NotNull SiteInput input) {
        Site site = service.create(input);
        return Response.created(URI.create("/api/sites/" + site.id)).tag(String.valueOf(site.version))
                .entity(SiteView.of(site)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Update a site", description = "Needs the edited version (If-Match or version field); "
            + "409 when someone else changed it first")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SiteInput input) {
        Site site = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(SiteView.of(site)).tag(String.valueOf(site.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete a site")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
