package dev.custody.scoring;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The full rescore on demand; edits rescore what they affect by themselves. */
@Path("/api/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class RescoreResource {
    @Inject
    ScoreService scores;

    @POST
    @Path("/rescore")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rescore every organization", description = "With the active model; answers the model "
            + "version, organizations scored, scores changed, history rows appended and the duration")
    public ScoreService.RescoreResult rescore() {
        return scores.rescoreAll();
    }
}
