package dev.custody.economics.engagement;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vendor's expected loss and whether safeguards pay for it. */
@Path("/api/organizations/{id}/economics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class VendorEconomicsResource {
    @Inject
    EconomicsService economics;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "A vendor's expected loss and safeguard plan", description = "Per scenario p_s (p_eff x share, "
            + "or the analyst's override), the lognormal of the loss and ALE; Monte Carlo p95/p99 and loss-exceedance "
            + "curves before and after the recommended plan; each candidate's cost, loss reduction, ROSI and verdict; "
            + "the plan (within ?budget= when given) with the Gordon-Loeb bound and market viability")
    public VendorEconomics vendor(@PathParam("id") long id, @QueryParam("budget") Double budget) {
        return economics.vendor(id, budget);
    }
}
