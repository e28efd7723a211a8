package dev.custody.gating;

import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The approvers' inbox as JSON: the override requests waiting for an answer. */
@Path("/api/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procurement gate")
public class ApproverInboxResource {
    @Inject
    ApproverInbox inbox;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Override requests waiting for an answer", description = "Oldest first, with the purchase, "
            + "the decision in force and whether the caller may answer (not an override they asked for, nor one on a "
            + "purchase request they raised). Answer with POST /api/override-requests/{id}/grant or /refuse")
    public List<ApproverInbox.Item> open() {
        return inbox.open(identity.getPrincipal().getName());
    }
}
