package dev.custody.network.pages;

import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationKind;
import dev.custody.network.OrganizationService;
import dev.custody.network.Ownership;
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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** Creating, editing and deleting organizations from the pages (post-redirect-get, errors beside fields). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganizationFormPages {
    static final Set<String> FIELDS = Set.of("name", "kind", "hqCountry", "ownership", "parentCompany",
            "parentCountry", "description");

    @Inject
    OrganizationService organizations;
    @Inject
    ProfileQueries queries;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @Path("organizations/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm() {
        return form(null, OrganizationForm.blank(), Map.of(), null);
    }

    @GET
    @Path("organizations/{id}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("id") long id) {
        return form(id, OrganizationForm.of(organizations.get(id)), Map.of(), null);
    }

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@BeanParam OrganizationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        return flow.submit(form.toInput(errors), errors, input -> FormFlow.saved(organizations.create(input).id, null),
                (e, refusal) -> form(null, form, e, refusal), FormFlow.CREATING);
    }

    @POST
    @Path("organizations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("id") long id, @BeanParam OrganizationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        OrganizationInput input = form.toInput(errors);
        return flow.submit(input, errors,
                i -> FormFlow.saved(organizations.update(id, i, Versions.expected(null, i.version())).id, null),
                (e, refusal) -> form(id, form, e, refusal),
                () -> !Long.valueOf(organizations.get(id).version).equals(input.version()));
    }

    @POST
    @Path("organizations/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        return flow.delete(id, version, expected -> organizations.delete(id, expected), URI.create("/organizations"));
    }

    private String form(Long id, OrganizationForm form, Map<String, String> errors, FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("id", id);
        model.put("form", form);
        model.put("countries", queries.countries());
        model.put("kinds", OrganizationKind.values());
        model.put("ownerships", Ownership.values());
        return page.render("organizations/form", model);
    }
}
