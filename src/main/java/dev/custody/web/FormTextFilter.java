package dev.custody.web;

import dev.custody.platform.TextChecks;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every text field of a submitted form (URL-encoded or multipart, file parts aside) follows TextChecks, and no field
 * repeats more than custody.input.max-items times; otherwise nothing is saved and the answer is 400 naming each
 * field (the error page for a browser, a problem for anything else). After CsrfFilter.
 */
public class FormTextFilter {
    @Inject
    ErrorPages errorPages;
    @Inject
    SecurityIdentity identity;
    @ConfigProperty(name = "custody.input.max-items", defaultValue = "1000")
    int maxItems;

    @ServerRequestFilter(readBody = true, priority = Priorities.USER + 10)
    public Response check(ResteasyReactiveContainerRequestContext request) {
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : form) {
            refusal(name, form.get(name)).ifPresent(message -> errors.add(new FieldError(name, message)));
        }
        return errors.isEmpty() ? null : refused(request, errors);
    }

    private Optional<String> refusal(String name, Deque<FormValue> values) {
        Optional<String> inName = TextChecks.problem(null, name);
        if (inName.isPresent()) {
            return Optional.of("the field's name " + inName.get());
        }
        if (values.size() > maxItems) {
            return Optional.of(String.format(Locale.ROOT, "is sent %d times; at most %d values are accepted",
                    values.size(), maxItems));
        }
        return values.stream().filter(v -> !v.isFileItem()).map(v -> TextChecks.problem(name, v.getValue()))
                .flatMap(Optional::stream).findFirst();
    }

    private Response refused(ResteasyReactiveContainerRequestContext request, List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
        Problem problem = new Problem("about:blank", "Invalid input", 400, detail, request.getUriInfo().getPath(), errors);
        boolean html = !ApiPaths.isApi(request.getUriInfo().getPath());
        if (!html) {
            return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        Cookie csrf = request.getCookies().get(CsrfFilter.COOKIE);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPages.render(problem, identity, csrf == null ? null : csrf.getValue())).build();
    }
}
