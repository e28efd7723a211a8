package dev.custody.reference;

import dev.custody.gating.screening.ScreeningEntry;
import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import dev.custody.web.ListQuery;
import dev.custody.web.PageContext;
import dev.custody.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The restriction lists for every signed-in role: the seeded (and administered) restricted parties, searched by name or
 * alias, list and country, and the imported Consolidated Screening List's entries, searched by name or alias.
 */
@Path("/restricted-parties")
@Produces(MediaType.TEXT_HTML)
public class RestrictedPartyPages {
    static final int PAGE_SIZE = 50;

    @Inject
    RestrictedPartyService parties;
    @Inject
    PageContext page;
    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Transactional
    public String list(@QueryParam("q") String q, @QueryParam("list") String list,
            @QueryParam("country") String country, @QueryParam("page") String pageNumber) {
        int p = page(pageNumber);
        String c = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        PageResult<RestrictedPartyView> found = parties.list(blank(q), blank(list), c,
                new ListQuery(p, PAGE_SIZE, "name")).map(RestrictedPartyView::of);
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "restrictedParties");
        model.put("q", q == null ? "" : q);
        model.put("listName", list == null ? "" : list);
        model.put("country", c == null ? "" : c);
        model.put("result", found);
        model.put("screening", screening(blank(q)));
        model.put("screeningTotal", em.createQuery("select count(e) from ScreeningEntry e", Long.class)
                .getSingleResult());
        return page.render("reference/restricted-parties", model);
    }

    /** Up to one page of the imported screening entries whose name or aliases contain the text (none without one). */
    private List<ScreeningEntry> screening(String q) {
        if (q == null) {
            return List.of();
        }
        String like = "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("select e from ScreeningEntry e where lower(e.name) like :q or lower(e.aliases) like :q "
                + "order by e.name, e.id", ScreeningEntry.class).setParameter("q", like).setMaxResults(PAGE_SIZE)
                .getResultList();
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int p = Integer.parseInt(value.trim());
            if (p >= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidInputException("page", "must be a whole number, 0 or more");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
