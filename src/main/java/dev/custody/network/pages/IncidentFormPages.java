package dev.custody.network.pages;

import dev.custody.network.Incident;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentInput;
import dev.custody.network.IncidentService;
import dev.custody.network.IncidentStatus;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationService;
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

/** Recording, correcting and removing the incidents of an organization from its profile. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IncidentFormPages {
    static final Set<String> FIELDS = Set.of("occurredOn", "category", "severity", "status", "title", "summary",
            "sourceReference");
    static final String SECTION = "incidents";

    @Inject
    IncidentService incidents;
    @Inject
    OrganizationService organizations;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @Path("organizations/{id}/incidents/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm(@PathParam("id") long organizationId) {
        return form(organizations.get(organizationId), null, IncidentForm.blank(), Map.of(), null);
    }

    @GET
    @Path("incidents/{incidentId}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("incidentId") long incidentId) {
        Incident incident = incidents.get(incidentId);
        return form(incident.organization, incidentId, IncidentForm.of(incident), Map.of(), null);
    }

    @POST
    @Path("organizations/{id}/incidents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@PathParam("id") long organizationId, @BeanParam IncidentForm form) {
        Organization organization = organizations.get(organizationId);
        Map<String, String> errors = new LinkedHashMap<>();
        return flow.submit(form.toInput(organizationId, errors), errors,
                input -> FormFlow.saved(incidents.create(input).organization.id, SECTION),
                (e, refusal) -> form(organization, null, form, e, refusal), FormFlow.CREATING);
    }

    @POST
    @Path("incidents/{incidentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("incidentId") long incidentId, @BeanParam IncidentForm form) {
        Incident incident = incidents.get(incidentId);
        long stored = incident.version;
        Map<String, String> errors = new LinkedHashMap<>();
        IncidentInput input = form.toInput(incident.organization.id, errors);
        return flow.submit(input, errors,
                i -> FormFlow.saved(incidents.update(incidentId, i, Versions.expected(null, i.version())).organization.id,
                        SECTION),
                (e, refusal) -> form(incident.organization, incidentId, form, e, refusal),
                () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("incidents/{incidentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("incidentId") long incidentId, @RestForm String version) {
        long organizationId = incidents.get(incidentId).organization.id;
        return flow.delete(organizationId, version, expected -> incidents.delete(incidentId, expected),
                FormFlow.profile(organizationId, SECTION));
    }

    private String form(Organization organization, Long incidentId, IncidentForm form, Map<String, String> errors,
            FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("org", organization);
        model.put("id", incidentId);
        model.put("form", form);
        model.put("categories", IncidentCategory.values());
        model.put("statuses", IncidentStatus.values());
        return page.render("incidents/form", model);
    }
}
