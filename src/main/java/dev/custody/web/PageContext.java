package dev.custody.web;

import dev.custody.gating.ApproverInbox;
import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.util.HashMap;
import java.util.Map;

/** What every page needs besides its own model: the signed-in user, their roles and the CSRF token. */
@RequestScoped
public class PageContext {
    @Inject
    SecurityIdentity identity;
    @Inject
    Templates templates;
    @Context
    ContainerRequestContext request;
    /** The approvers' inbox, for the count of waiting override requests in the navigation. */
    @Inject
    ApproverInbox inbox;

    /** Renders a page inside the shared layout. */
    public String render(String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("user", identity.isAnonymous() ? null : identity.getPrincipal().getName());
        all.put("canEdit", canEdit());
        all.put("isAdmin", identity.hasRole(Roles.ADMIN));
        all.put("roles", identity.getRoles());
        all.put("csrf", request == null ? "" : CsrfFilter.token(request));
        all.put("csrfField", CsrfFilter.FIELD);
        all.putIfAbsent("errors", Map.of());
        all.put("approvals", identity.hasRole(Roles.APPROVER) || identity.hasRole(Roles.ADMIN)
                ? inbox.count() : null);
        return templates.render(template, all);
    }

    /** Analysts and admins edit the supply network. */
    public boolean canEdit() {
        return identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.ADMIN);
    }
}
