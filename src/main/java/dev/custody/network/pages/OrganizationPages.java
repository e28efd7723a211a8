package dev.custody.network.pages;

import dev.custody.gating.standing.Standing;
import dev.custody.gating.standing.StandingFilter;
import dev.custody.gating.standing.StandingViews;
import dev.custody.network.Criticality;
import dev.custody.network.OrganizationFilter;
import dev.custody.network.OrganizationKind;
import dev.custody.reference.Country;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoredOrganizations;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import dev.custody.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pages risk analysts read: the vendor list, the whole network and an organization's profile. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganizationPages {
    @Inject
    ScoredOrganizations scored;
    @Inject
    ProfileQueries queries;
    @Inject
    ProfilePage profile;
    @Inject
    PageContext page;
    @Inject
    StandingViews standings;

    @GET
    @Path("vendors")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String vendors(@QueryParam("q") String q, @QueryParam("country") String country,
            @QueryParam("tier") String tier, @QueryParam("criticality") String criticality,
            @QueryParam("band") String band, @QueryParam("sort") String sort, @QueryParam("page") String pageNumber,
            @QueryParam("size") String size, @QueryParam("standing") String standing) {
        ListParams params = new ListParams("/vendors", q, country, null, tier, criticality, band, sort, pageNumber, size,
                standing);
        return list("vendors/list", "vendors", params, OrganizationKind.VENDOR);
    }

    @GET
    @Path("organizations")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String network(@QueryParam("q") String q, @QueryParam("country") String country,
            @QueryParam("kind") String kind, @QueryParam("tier") String tier,
            @QueryParam("criticality") String criticality, @QueryParam("band") String band,
            @QueryParam("sort") String sort, @QueryParam("page") String pageNumber, @QueryParam("size") String size) {
        ListParams params = new ListParams("/organizations", q, country, kind, tier, criticality, band, sort,
                pageNumber, size);
        return list("organizations/list", "organizations", params, null);
    }

    @GET
    @Path("organizations/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String profile(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return profile.render(id, "1".equals(saved) || "true".equals(saved), null);
    }

    private String list(String template, String nav, ListParams params, OrganizationKind fixedKind) {
        OrganizationFilter filter = params.filter(fixedKind);
        boolean vendors = fixedKind == OrganizationKind.VENDOR;
        Standing standing = vendors ? StandingFilter.parse(params.standing()) : null;
        PageResult<ScoredOrganizations.Row> result = scored.list(filter, params.bandFilter(), params.query(),
                where -> StandingFilter.where(where, "o.", standing));
        Map<String, Object> model = new HashMap<>();
        if (vendors) {
            model.put("standings", standings.standings(result.items().stream().map(r -> r.organization().id).toList()));
            model.put("standingValues", Standing.values());
        }
        model.put("nav", nav);
        model.put("list", params);
        model.put("result", result);
        List<Country> countries = queries.countries();
        model.put("countries", countries);
        model.put("fmt", Formats.of(countries));
        model.put("tiers", queries.tiers());
        model.put("kinds", OrganizationKind.values());
        model.put("criticalities", Criticality.values());
        model.put("bands", Band.values());
        return page.render(template, model);
    }
}
