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

/** Incidents: what happened at an organization, how severe, how well established, and from which source. */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
public class IncidentResource {
    @Inject
    IncidentService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List incidents", description = "Filter by organizationId, status, category and q (title); "
            + "sort by occurredOn (default -occurredOn: newest first), severity, status, category, title, organization, id")
    public PageResult<IncidentView> list(@QueryParam("organizationId") Long organizationId,
            @QueryParam("status") IncidentStatus status, @QueryParam("category") IncidentCategory category,
            @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort) {
        return service.list(organizationId, status, category, q, new ListQuery(page, size, sort)).map(IncidentView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get an incident", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response get(@PathParam("id") long id) {
        Incident incident = service.get(id);
        return Response.ok(IncidentView.of(incident)).tag(String.valueOf(incident.version)).build();
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Record an incident", description = "occurredOn must not be in the future; sourceReference "
            + "is required")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response create(@Valid @NotNull IncidentInput input) {
        Incident incident = service.create(input);
        return Response.created(URI.create("/api/incidents/" + incident.id)).tag(String.valueOf(incident.version))
                .entity(IncidentView.of(incident)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Update an incident", description = "Needs the edited version (If-Match or version field); "
            + "409 when someone else changed it first")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IncidentInput input) {
        Incident incident = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(IncidentView.of(incident)).tag(String.valueOf(incident.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete an incident")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
