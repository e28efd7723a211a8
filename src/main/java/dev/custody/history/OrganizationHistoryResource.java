package dev.custody.history;

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

/** An organization's history where a reader of the organizations API looks for it. */
@Path("/api/organizations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationHistoryResource {
    @Inject
    ChangeHistoryService history;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The change history of an organization", description = "Same as /api/history/organizations/{id}: "
            + "the organization, its sites, supply links, custody legs, incidents and assessments; newest first, "
            + "at most limit entries (default 200, at most 1000)")
    public List<ChangeEntry> history(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("" + ChangeHistoryService.DEFAULT_LIMIT) int limit) {
        return history.organization(id, limit);
    }
}
