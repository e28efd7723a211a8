package dev.custody.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** The HTML error page shown to browsers, with the real status code and, for a signed-in user, the navigation. */
@ApplicationScoped
public class ErrorPages {
    @Inject
    Templates templates;
    @Inject
    CsrfTokens csrf;

    /** The page for this identity (null or anonymous: without navigation); csrfCookie is the custody-csrf cookie. */
    public String render(Problem problem, SecurityIdentity identity, String csrfCookie) {
        Map<String, Object> model = new HashMap<>(PageContext.layout(identity, csrf.token(identity, csrfCookie)));
        model.put("problem", problem);
        model.put("errors", Map.of());
        return templates.render("error", model);
    }
}
