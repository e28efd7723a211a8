package dev.custody.gating;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of the gate policy: thresholds per deployment criticality, hard blocks, visibility, periods. */
@Path("/api/gate-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement gate")
public class GatePolicyResource {
    @Inject
    GatePolicyService policies;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List gate policy versions", description = "Newest first, without parameters")
    public List<GatePolicyView> list() {
        return policies.list().stream().map(v -> GatePolicyView.of(v, null)).toList();
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The active gate policy", description = "The version new decisions are made with")
    public GatePolicyView active() {
        GatePolicyVersion active = policies.active();
        return GatePolicyView.of(active, policies.parameters(active));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a gate policy version", description = "With its parameters")
    public GatePolicyView get(@PathParam("version") int version) {
        GatePolicyVersion v = policies.get(version);
        return GatePolicyView.of(v, policies.parameters(v));
    }
}
