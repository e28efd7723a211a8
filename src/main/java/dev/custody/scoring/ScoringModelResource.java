package dev.custody.scoring;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of the scoring model: every weight, threshold, half-life and factor scores are computed with. */
@Path("/api/scoring-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring models")
public class ScoringModelResource {
    @Inject
    ScoringModelService models;

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
    @Operation(summary = "Get a scoring model version", description = "With its parameters")
    public ScoringModelView get(@PathParam("version") int version) {
        return view(models.get(version));
    }

    private ScoringModelView view(ScoringModelVersion version) {
        return ScoringModelView.full(version, models.parameters(version));
    }
}
