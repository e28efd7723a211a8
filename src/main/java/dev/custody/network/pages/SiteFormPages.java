package dev.custody.network.pages;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationService;
import dev.custody.network.Site;
import dev.custody.network.SiteActivity;
import dev.custody.network.SiteInput;
import dev.custody.network.SiteService;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import dev.custody.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** Adding, editing and removing the sites of an organization from its profile. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SiteFormPages {
    static final Set<String> FIELDS = Set.of("name", "country", "city", "activities");
    static final String SECTION = "sites";

    @Inject
    SiteService sites;
    @Inject
    OrganizationService organizations;
    @Inject
    ProfileQueries queries;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @Path("organizations/{id}/sites/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm(@PathParam("id") long organizationId) {
        return form(organizations.get(organizationId), null, SiteForm.blank(), Map.of(), null);
    }

    @GET
    @Path("sites/{siteId}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("siteId") long siteId) {
        Site site = sites.get(siteId);
        return form(site.organization, siteId, SiteForm.of(site), Map.of(), null);
    }

    @POST
    @Path("organizations/{id}/sites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@PathParam("id") long organizationId, @BeanParam SiteForm form) {
        Organization organization = organizations.get(organizationId);
        Map<String, String> errors = new LinkedHashMap<>();
        return flow.submit(form.toInput(organizationId, errors), errors,
                input -> FormFlow.saved(sites.create(input).organization.id, SECTION),
                (e, refusal) -> form(organization, null, form, e, refusal), FormFlow.CREATING);
    }

    @POST
    @Path("sites/{siteId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("siteId") long siteId, @BeanParam SiteForm form) {
        Site site = sites.get(siteId);
        long stored = site.version;
        Map<String, String> errors = new LinkedHashMap<>();
        SiteInput input = form.toInput(site.organization.id, errors);
        return flow.submit(input, errors,
                i -> FormFlow.saved(sites.update(siteId, i, Versions.expected(null, i.version())).organization.id, SECTION),
                (e, refusal) -> form(site.organization, siteId, form, e, refusal),
                () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("sites/{siteId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("siteId") long siteId, @RestForm String version) {
        long organizationId = sites.get(siteId).organization.id;
        return flow.delete(organizationId, version, expected -> sites.delete(siteId, expected),
                FormFlow.profile(organizationId, SECTION));
    }

    private String form(Organization organization, Long siteId, SiteForm form, Map<String, String> errors,
            FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("org", organization);
        model.put("id", siteId);
        model.put("form", form);
        model.put("countries", queries.countries());
        model.put("activities", SiteActivity.values());
        return page.render("sites/form", model);
    }
}
