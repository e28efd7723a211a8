package dev.custody.economics.assessnext;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which assessment to do first across the portfolio: the organizations whose unknowns leave the most money open. */
@Path("/api/assess-next")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assess next")
public class PortfolioAssessNextResource {
    @Inject
    AssessNextService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.ADMIN})
    @Operation(summary = "What to assess next across the portfolio", description = "Every unassessed or stale "
            + "organization below some vendor, largest first by the expected annual loss its unknowns leave open, "
            + "summed over the vendors above it (in the currency of the largest annual spend), with the number of "
            + "vendors it moves and the path from the one it moves most. limit 1..100 (default 10)")
    public AssessNextView list(@QueryParam("limit") @DefaultValue("" + AssessNextService.DEFAULT_LIMIT) int limit) {
        return service.portfolio(limit);
    }
}
