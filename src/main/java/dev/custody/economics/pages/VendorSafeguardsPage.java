package dev.custody.economics.pages;

import dev.custody.economics.engagement.EconomicsService;
import dev.custody.economics.engagement.EngagementService;
import dev.custody.economics.engagement.VendorEconomics;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationService;
import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A vendor's Safeguards page: engagement, scenarios and ALE, candidates, the plan within a budget, the LEC chart. */
@Path("/organizations/{id}/safeguards")
@Produces(MediaType.TEXT_HTML)
public class VendorSafeguardsPage {
    @Inject
    OrganizationService organizations;
    @Inject
    EngagementService engagements;
    @Inject
    EconomicsService economics;
    @Inject
    PageContext page;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String show(@PathParam("id") long id, @QueryParam("budget") String budget, @QueryParam("saved") String saved) {
        Organization organization = organizations.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal limit = FormNumbers.optional(budget, "budget", errors);
        if (limit != null && limit.signum() < 0) {
            errors.put("budget", "must not be negative");
            limit = null;
        }
        EconomicsFormats m = new EconomicsFormats();
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "organizations");
        model.put("org", organization);
        model.put("m", m);
        model.put("budget", budget == null ? "" : budget);
        model.put("saved", saved != null);
        model.put("errors", errors);
        if (engagements.find(id).isPresent()) {
            VendorEconomics econ = vendor(id, limit, errors);
            model.put("econ", econ);
            model.put("chart", ExceedanceChart.of(econ.simulation().before(), econ.simulation().after(), m));
        }
        return page.render("economics/vendor", model);
    }

    private VendorEconomics vendor(long id, BigDecimal budget, Map<String, String> errors) {
        try {
            return economics.vendor(id, budget == null ? null : budget.doubleValue());
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return economics.vendor(id, null);
        }
    }
}
