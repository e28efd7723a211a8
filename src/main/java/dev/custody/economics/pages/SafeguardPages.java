package dev.custody.economics.pages;

import dev.custody.economics.engagement.SafeguardService;
import dev.custody.economics.engagement.ThreatScenario;
import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.PageContext;
import dev.custody.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The safeguard catalogue: everyone reads it, admins add, change and remove items. */
@Path("/safeguards")
@Produces(MediaType.TEXT_HTML)
public class SafeguardPages {
    static final URI LIST = URI.create("/safeguards?saved=1");

    @Inject
    SafeguardService safeguards;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String list(@QueryParam("saved") String saved) {
        return list(saved != null, null);
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.ADMIN)
    public String createForm() {
        return form(null, SafeguardForm.blank(), Map.of(), null);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.ADMIN)
    public String editForm(@PathParam("id") long id) {
        return form(id, SafeguardForm.of(safeguards.get(id)), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@BeanParam SafeguardForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        return flow.submit(form.toInput(errors), errors, input -> {
            safeguards.create(input);
            return LIST;
        }, (e, refusal) -> form(null, form, e, refusal), FormFlow.CREATING);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") long id, @BeanParam SafeguardForm form) {
        long stored = safeguards.get(id).version;
        Map<String, String> errors = new LinkedHashMap<>();
        var input = form.toInput(errors);
        return flow.submit(input, errors, i -> {
            safeguards.update(id, i, Versions.expected(null, i.version()));
            return LIST;
        }, (e, refusal) -> form(id, form, e, refusal), () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        try {
            safeguards.delete(id, version == null || version.isBlank() ? null : Versions.expected(version, null));
            return Response.seeOther(LIST).build();
        } catch (ConflictException | OptimisticLockException e) {
            return FormFlow.html(409, list(false, e.getMessage()));
        }
    }

    private String list(boolean saved, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "safeguards");
        model.put("safeguards", safeguards.list());
        model.put("scenarioNames", scenarioNames());
        model.put("saved", saved);
        model.put("problem", problem);
        model.put("m", new EconomicsFormats());
        return page.render("economics/safeguards", model);
    }

    private String form(Long id, SafeguardForm form, Map<String, String> errors, FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, SafeguardForm.FIELDS, refusal);
        model.put("nav", "safeguards");
        model.put("id", id);
        model.put("form", form);
        model.put("scenarios", ThreatScenario.ordered());
        return page.render("economics/safeguard-form", model);
    }

    static Map<String, String> scenarioNames() {
        Map<String, String> names = new LinkedHashMap<>();
        ThreatScenario.ordered().forEach(s -> names.put(s.key, s.name));
        return names;
    }
}
