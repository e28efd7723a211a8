package dev.custody.economics.pages;

import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.EngagementInput;
import dev.custody.economics.engagement.EngagementService;
import dev.custody.economics.engagement.ThreatScenario;
import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationService;
import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Recording a vendor's engagement and its loss estimates per scenario, with errors beside the fields. */
@Path("/organizations/{id}/engagement")
@Produces(MediaType.TEXT_HTML)
public class EngagementFormPages {
    @Inject
    EngagementService engagements;
    @Inject
    OrganizationService organizations;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @Path("edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("id") long id) {
        Optional<Engagement> engagement = engagements.find(id);
        return form(organizations.get(id), engagement.map(EngagementForm::of).orElseGet(EngagementForm::blank), Map.of(),
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response save(@PathParam("id") long id, @BeanParam EngagementForm form) {
        Organization organization = organizations.get(id);
        Long stored = engagements.find(id).map(e -> e.version).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        EngagementInput input = form.toInput(errors, rows);
        return flow.submit(input, errors, i -> {
            engagements.save(id, i, () -> i.version() == null ? -1L : i.version());
            return URI.create("/organizations/" + id + "/safeguards?saved=1");
        }, (e, refusal) -> form(organization, form, EngagementForm.byRow(e, rows), refusal),
                () -> stored != null && !stored.equals(input.version()));
    }

    private String form(Organization organization, EngagementForm form, Map<String, String> errors,
            FormFlow.Refusal refusal) {
        List<ThreatScenario> scenarios = ThreatScenario.ordered();
        Set<String> fields = new HashSet<>(EngagementForm.FIELDS);
        scenarios.forEach(s -> EngagementForm.ROW_FIELDS.forEach(f -> fields.add(f + "." + s.key)));
        Map<String, Object> model = FormFlow.model(errors, fields, refusal);
        model.put("org", organization);
        model.put("form", form);
        model.put("scenarios", scenarios);
        model.put("criticalities", Criticality.values());
        return page.render("economics/engagement-form", model);
    }
}
