package dev.custody.network.search;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search across vendors, suppliers and sites that the top bar of every page uses. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {
    @Inject
    NetworkSearch search;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Search vendors, suppliers and sites",
            description = "Names (and a site's city) containing q, 2 to 100 characters, case-insensitive; at most 10 "
                    + "of each kind by name, with the total that matched")
    public SearchResults search(@QueryParam("q") String q) {
        return search.search(q);
    }
}
