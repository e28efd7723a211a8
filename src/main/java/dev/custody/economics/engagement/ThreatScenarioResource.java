package dev.custody.economics.engagement;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The threat scenarios that losses are estimated for, with their default share of a vendor's p_eff. */
@Path("/api/threat-scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class ThreatScenarioResource {

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List the threat scenarios")
    public List<ThreatScenarioView> list() {
        return ThreatScenario.ordered().stream().map(ThreatScenarioView::of).toList();
    }
}
