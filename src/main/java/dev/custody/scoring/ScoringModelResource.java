package dev.custody.scoring;

import dev.custody.security.Roles;
import dev.custody.web.Versions;
import io.quarkus.security.identity.SecurityIdentity;
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

/** The versions of the scoring model: every weight, threshold, half-life and factor scores are computed with. */
@Path("/api/scoring-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring models")
public class ScoringModelResource {
    @Inject
    ScoringModelService models;
    @Inject
    ModelAdminService admin;
    @Inject
    ModelPreview preview;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List scoring model versions", description = "Newest first, without parameters")
    public List<ScoringModelView> list() {
        return models.list().stream().map(ScoringModelView::summary).toList();
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The active scoring model", description = "The version scores are computed with, with its parameters")
    public ScoringModelView active() {
        return view(models.get(models.active().version()));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a scoring model version", description = "With its parameters; the ETag carries the "
            + "revision a draft's edit sends back in If-Match")
    @APIResponse(responseCode = "200", description = "The version; the ETag header carries its revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringModelView.class)))
    public Response get(@PathParam("version") int version) {
        ScoringModelVersion model = models.get(version);
        return Response.ok(view(model)).tag(String.valueOf(model.revision)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start a draft", description = "A copy of the active version, or of version ?from=N, with an "
            + "optional note; 409 naming the existing draft when there is one")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringModelView.class)))
    public Response createDraft(@QueryParam("from") Integer from, @Valid DraftRequest request) {
        ScoringModelVersion draft = admin.createDraft(from, request == null ? null : request.note(), user());
        return Response.created(URI.create("/api/scoring-models/" + draft.version)).tag(String.valueOf(draft.revision))
                .entity(view(draft)).build();
    }

    @PUT
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a draft's parameters", description = "Needs the revision read (If-Match or the "
            + "revision field): 428 without, 409 when stale or not a draft; 400 naming every bad parameter as a JSON "
            + "path (credibility.DISPUTED), nothing saved")
    @APIResponse(responseCode = "200", description = "The draft as saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringModelView.class)))
    public Response update(@PathParam("version") int version, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ScoringModelInput input) {
        ScoringModelVersion draft = admin.update(version, input.parameters(), input.note(),
                Versions.expected(ifMatch, input.revision()));
        return Response.ok(view(draft)).tag(String.valueOf(draft.revision)).build();
    }

    @DELETE
    @Path("/{version}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a draft", description = "Needs the revision in If-Match (428 without, 409 when stale)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("version") int version, @HeaderParam("If-Match") String ifMatch) {
        admin.delete(version, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }

    @GET
    @Path("/{version}/preview")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Preview a version against the current scores", description = "Scores the whole network in "
            + "memory with this version (nothing is written): band changes as a from-to matrix of organizations and "
            + "vendors, mean and largest change of the inherited score, the 20 largest movers")
    public ModelPreview.Result preview(@PathParam("version") int version) {
        return preview.preview(version);
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Activate a draft", description = "The draft becomes active, the active version retired; "
            + "then every organization is rescored with it. Answers the rescore: scores changed, history rows")
    public ModelAdminService.Activation activate(@PathParam("version") int version) {
        return admin.activate(version);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private ScoringModelView view(ScoringModelVersion version) {
        return ScoringModelView.full(version, models.parameters(version));
    }
}
