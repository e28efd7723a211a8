package dev.custody.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The HTML error page shown to browsers, with the real status code. */
@ApplicationScoped
public class ErrorPages {
    @Inject
    Templates templates;

    public String render(Problem problem) {
        return templates.render("error", Map.of("problem", problem, "errors", Map.of()));
    }
}
