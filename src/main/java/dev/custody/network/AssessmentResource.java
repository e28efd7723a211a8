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

/** Insider-threat assessments: each factor rated 0 (best) to 4 (worst) or left unknown. */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentResource {
    @Inject
    AssessmentService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List assessments", description = "Filter by organizationId and stale=true/false (older than "
            + "custody.assessment.stale-after-months, default 18); sort by assessedOn (default -assessedOn), assessor, "
            + "organization, id")
    public PageResult<AssessmentView> list(@QueryParam("organizationId") Long organizationId,
            @QueryParam("stale") Boolean stale, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort) {
        return service.list(organizationId, stale, new ListQuery(page, size, sort)).map(service::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get an assessment", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response get(@PathParam("id") long id) {
        Assessment assessment = service.get(id);
        return Response.ok(service.view(assessment)).tag(String.valueOf(assessment.version)).build();
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Record an assessment", description = "factors maps InsiderFactor names to 0..4; absent or null "
            + "means unknown, which the score counts as worst")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response create(@Valid @NotNull AssessmentInput input) {
        Assessment assessment = service.create(input);
        return Response.created(URI.create("/api/assessments/" + assessment.id)).tag(String.valueOf(assessment.version))
                .entity(service.view(assessment)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Update an assessment", description = "Needs the edited version (If-Match or version field); "
            + "409 when someone else changed it first")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssessmentInput input) {
        Assessment assessment = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(service.view(assessment)).tag(String.valueOf(assessment.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete an assessment")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
