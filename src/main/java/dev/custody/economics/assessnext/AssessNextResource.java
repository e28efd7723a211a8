package dev.custody.economics.assessnext;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which assessment to do first for one vendor: the organizations whose unknowns leave the most money open. */
@Path("/api/organizations/{id}/assess-next")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assess next")
public class AssessNextResource {
    @Inject
    AssessNextService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.ADMIN})
    @Operation(summary = "What to assess next for one vendor", description = "The unassessed or stale organizations in "
            + "the vendor's tree (suppliers at every tier, custody-leg handlers, the vendor itself), largest first by "
            + "the expected annual loss their unknown insider factors leave open (the vendor's p_eff range between "
            + "each one's factors at best and at worst, times its engagement's loss per unit of probability, in its "
            + "currency; probability only without an engagement): why, own score range, money and probability open, "
            + "the path from the vendor. limit 1..100 (default 10)")
    public AssessNextView vendor(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("" + AssessNextService.DEFAULT_LIMIT) int limit) {
        return service.vendor(id, limit);
    }
}
