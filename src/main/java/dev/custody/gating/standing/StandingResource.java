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

/** One organization's standing (DOMAIN.md section 8), as stored and kept current; every vendor's: StandingsResource. */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vendor standing")
public class StandingResource {
    @Inject
    StandingViews views;

    @GET
    @Path("/{id}/standing")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "An organization's standing", description = "For a vendor: barred, reject, needs adjudication, "
            + "approve with conditions or approve, with the reason in words, the deployment criticality it is judged at "
            + "(its engagement's, or the default without one), the organizations that bar it with their paths, its "
            + "conditions and whether they are viable; for any organization the vendors it bars. 404 when unknown")
    public StandingView standing(@PathParam("id") long id) {
        return views.of(id);
    }
}
