package dev.custody.web;

import dev.custody.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What every page needs besides its own model: the signed-in user, their roles and the CSRF token. */
@RequestScoped
public class PageContext {
    @Inject
    SecurityIdentity identity;
    @Inject
    Templates templates;
    @Inject
    CsrfTokens csrf;
    @Context
    ContainerRequestContext request;

    /** Renders a page inside the shared layout. */
    public String render(String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.putAll(layout(identity, request == null ? "" : csrf.token(identity, CsrfFilter.cookie(request))));
        all.putIfAbsent("errors", Map.of());
        return templates.render(template, all);
    }

    /** Analysts and admins edit the supply network. */
    public boolean canEdit() {
        return canEdit(identity);
    }

    /** The layout's values (top bar, menus, sign-out form) for this identity; anonymous when null. */
    public static Map<String, Object> layout(SecurityIdentity identity, String csrfToken) {
        boolean signedIn = identity != null && !identity.isAnonymous();
        Map<String, Object> layout = new HashMap<>();
        layout.put("user", signedIn ? identity.getPrincipal().getName() : null);
        layout.put("canEdit", signedIn && canEdit(identity));
        layout.put("isAdmin", signedIn && identity.hasRole(Roles.ADMIN));
        layout.put("roles", signedIn ? identity.getRoles() : Set.of());
        layout.put("csrf", csrfToken == null ? "" : csrfToken);
        layout.put("csrfField", CsrfFilter.FIELD);
        return layout;
    }

    private static boolean canEdit(SecurityIdentity identity) {
        return identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.ADMIN);
    }
}
