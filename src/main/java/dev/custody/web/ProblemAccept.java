package dev.custody.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts application/problem+json (every error of the API, as the contract at /q/openapi says) also
 * reads the JSON of a success: its Accept header gets application/json added, so that an answer without a body (204)
 * or a JSON one is not refused with 406. Generated clients send only the types the contract lists for an operation.
 */
public class ProblemAccept {
    @ServerRequestFilter(preMatching = true)
    public void acceptJson(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !ApiPaths.isApi(request.getUriInfo().getPath())) {
            return;
        }
        String types = accept.toLowerCase(Locale.ROOT);
        if (types.contains(Problem.MEDIA_TYPE) && !types.contains("application/json") && !types.contains("*/*")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json");
        }
    }
}
