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

/** The change history of the audited records: who changed what, when, field by field. */
@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class HistoryResource {
    @Inject
    ChangeHistoryService history;

    @GET
    @Path("/organizations/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The whole history of an organization", description = "Changes to the organization and to its "
            + "sites, the supply links where it is buyer or supplier, its custody legs, incidents and assessments; "
            + "newest first, at most limit entries (default 200, at most 1000)")
    public List<ChangeEntry> organization(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("" + ChangeHistoryService.DEFAULT_LIMIT) int limit) {
        return history.organization(id, limit);
    }

    @GET
    @Path("/purchase-requests/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The whole history of a purchase request", description = "Changes to the request, its "
            + "decisions, their conditions (recorded as met), override requests and their grants or refusals; newest "
            + "first, at most limit entries (default 200, at most 1000)")
    public List<ChangeEntry> purchaseRequest(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("" + ChangeHistoryService.DEFAULT_LIMIT) int limit) {
        return history.purchaseRequest(id, limit);
    }

    @GET
    @Path("/{entityType}/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The history of one record", description = "entityType is one of organization, site, "
            + "supply-link, custody-leg, incident, assessment, country (id = ISO code such as TW), restricted-party, "
            + "purchase-request, gate-decision, gate-condition, override-request, override-answer; "
            + "newest first, at most limit entries (default 200, at most 1000)")
    public List<ChangeEntry> record(@PathParam("entityType") String entityType, @PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("" + ChangeHistoryService.DEFAULT_LIMIT) int limit) {
        return history.history(entityType, id, limit);
    }
}
