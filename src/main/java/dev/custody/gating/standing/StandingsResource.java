package dev.custody.gating.standing;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every vendor's standing (DOMAIN.md section 8), as stored and kept current; one organization's: StandingResource. */
@Path("/api/standings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vendor standing")
public class StandingsResource {
    @Inject
    StandingViews views;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Every vendor's standing", description = "By vendor name; ?standing=BARRED (or barred, "
            + "approve-with-conditions ...) for one standing; 400 naming standing for another value")
    public List<StandingView> standings(@QueryParam("standing") String standing) {
        return views.list(StandingFilter.parse(standing));
    }
}
