package dev.custody.economics.engagement;

import dev.custody.economics.EconomicsModel;
import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The threat scenarios that losses are estimated for, with their share of a vendor's p_eff in the active model. */
@Path("/api/threat-scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Economics")
public class ThreatScenarioResource {
    @Inject
    ModelInputs inputs;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List the threat scenarios")
    public List<ThreatScenarioView> list() {
        EconomicsModel model = inputs.model();
        return ThreatScenario.ordered().stream().map(s -> ThreatScenarioView.of(s, model.share(s.key))).toList();
    }
}
