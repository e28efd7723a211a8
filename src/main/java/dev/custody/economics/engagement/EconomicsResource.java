package dev.custody.economics.engagement;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether safeguards pay across vendors (one budget spread over them) and as a quick estimate of one scenario. */
@Path("/api/economics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class EconomicsResource {
    @Inject
    PlanningService planning;

    @POST
    @Path("/portfolio-plan")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Spread one annual safeguard budget over vendors", description = "Every vendor with an "
            + "engagement, or those in vendorIds; answers the allocation per vendor, total cost, total loss reduction "
            + "and the marginal return of the last money unit")
    public PortfolioResult portfolio(@Valid @NotNull PortfolioRequest request) {
        return planning.portfolio(request);
    }

    @POST
    @Path("/estimate")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Quick estimate of one scenario", description = "Annual probability and 90 % loss interval, "
            + "optional catalogue (safeguardIds) and ad-hoc safeguards, units and unit price: the lognormal, ALE, seeded "
            + "p95/p99 and the residual figures")
    public QuickEstimate estimate(@Valid @NotNull EstimateRequest request) {
        return planning.estimate(request);
    }
}
