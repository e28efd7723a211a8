package dev.custody.gating;

import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The approvers' inbox page: each waiting override request links to its decision page, where the one form answers. */
@Path("/approvals")
@Produces(MediaType.TEXT_HTML)
public class ApproverInboxPage {
    @Inject
    ApproverInbox inbox;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    @Transactional
    public String show() {
        return page.render("gating/inbox", Map.of("nav", "approvals",
                "items", inbox.open(identity.getPrincipal().getName())));
    }
}
