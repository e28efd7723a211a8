package dev.custody.scoring;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organization's risk score and its trend, where a reader of the organizations API looks for them. */
@Path("/api/organizations/{id}/score")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scores")
public class OrganizationScoreResource {
    @Inject
    ScoreService scores;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The current score of an organization", description = "Geography, insider-threat exposure "
            + "and incident history (0..100, higher = riskier), the own score and band, the inherited score and band "
            + "with the annual compromise probabilities, the model version and time it was computed with, the "
            + "contributions (own by dimension, each dimension by factor, site or incident, inherited by supplier "
            + "link and custody leg; largest first) and the driving path: the supplier contributing most at each "
            + "tier, at most 8 steps")
    public ScoreView score(@PathParam("id") long id) {
        return scores.view(id);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The score trend of an organization", description = "A point each time a score moved by "
            + "0.01 or more or was computed with another model version; newest first, at most limit points "
            + "(default 100, at most 1000)")
    public List<ScoreHistoryView> history(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return scores.history(id, limit).stream().map(ScoreHistoryView::of).toList();
    }
}
