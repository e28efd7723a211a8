package dev.custody.network.search;

import dev.custody.network.pages.ProfileQueries;
import dev.custody.network.pages.Formats;
import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/** The results page of the top-bar search; a text it cannot search for is explained beside the field. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    @Inject
    NetworkSearch search;
    @Inject
    ProfileQueries queries;
    @Inject
    PageContext page;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response results(@QueryParam("q") String q) {
        Map<String, Object> model = new HashMap<>();
        model.put("searchQuery", q == null ? "" : q.strip());
        model.put("fmt", Formats.of(queries.countries()));
        int status = 200;
        if (q != null) {
            try {
                model.put("found", search.search(q));
            } catch (InvalidInputException e) {
                model.put("errors", Map.of("q", e.errors().get(0).message()));
                status = 400;
            }
        }
        return Response.status(status).type(MediaType.TEXT_HTML).entity(page.render("search/results", model)).build();
    }
}
