package dev.custody.webhooks;

import dev.custody.network.pages.FormFlow;
import dev.custody.network.pages.FormValues;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.ListQuery;
import dev.custody.web.PageContext;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The webhook pages (administrators): endpoints, the form, and each endpoint's delivery log with its actions. */
@Path("/admin/webhooks")
@Produces(MediaType.TEXT_HTML)
public class WebhookPages {
    static final int PAGE_SIZE = 25;
    /** What the endpoint page confirms after a redirect (?done=...), each a message webhooks.done.*. */
    static final Set<String> DONE = Set.of("saved", "paused", "resumed", "tested");

    @Inject
    WebhookService service;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;
    @Inject
    SecurityIdentity identity;
    @Inject
    WebhookTargets targets;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public String list(@QueryParam("deleted") String deleted) {
        Map<String, Object> model = model();
        model.put("endpoints", service.list());
        model.put("deleted", deleted != null);
        return page.render("webhooks/list", model);
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.ADMIN)
    public String createForm() {
        return form(null, WebhookForm.blank(), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@BeanParam WebhookForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        WebhookInput input = checked(form, errors);
        WebhookCreated[] created = new WebhookCreated[1];
        Response refused = flow.submit(input, errors, i -> {
            created[0] = service.create(i, user());
            return URI.create("/admin/webhooks/" + created[0].endpoint().id());
        }, (e, refusal) -> form(null, form, e, refusal), FormFlow.CREATING);
        // The secret is shown on this answer only: no redirect to a page that could show it again.
        return created[0] == null ? refused
                : FormFlow.html(201, endpoint(created[0].endpoint().id(), 0, created[0].secret(), null, null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public String show(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int pageNumber,
            @QueryParam("done") String done) {
        return endpoint(id, pageNumber, null, done, null);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.ADMIN)
    public String editForm(@PathParam("id") long id) {
        return form(id, WebhookForm.of(service.view(id)), Map.of(), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") long id, @BeanParam WebhookForm form) {
        long stored = service.view(id).version();
        Map<String, String> errors = new LinkedHashMap<>();
        WebhookInput input = checked(form, errors);
        return flow.submit(input, errors, i -> {
            service.update(id, i, Versions.expected(null, i.version()), user());
            return done(id, "saved");
        }, (e, refusal) -> form(id, form, e, refusal), () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response setActive(@PathParam("id") long id, @RestForm String active) {
        boolean resume = FormValues.checked(active);
        service.setActive(id, resume, user());
        return Response.seeOther(done(id, resume ? "resumed" : "paused")).build();
    }

    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response sendTest(@PathParam("id") long id) {
        try {
            service.sendTest(id, user());
            return Response.seeOther(done(id, "tested")).build();
        } catch (ConflictException e) {
            return FormFlow.html(409, endpoint(id, 0, null, null, e.getMessage()));
        }
    }

    @POST
    @Path("{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public String rotateSecret(@PathParam("id") long id) {
        return endpoint(id, 0, service.rotateSecret(id, user()).secret(), null, null);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        try {
            service.delete(id, version == null || version.isBlank() ? null : Versions.expected(version, null));
            return Response.seeOther(URI.create("/admin/webhooks?deleted=1")).build();
        } catch (ConflictException | OptimisticLockException | InvalidInputException e) {
            return FormFlow.html(409, endpoint(id, 0, null, null, e.getMessage()));
        }
    }

    /** The input of a form, with the address checked now so that its problem shows beside the others. */
    private WebhookInput checked(WebhookForm form, Map<String, String> errors) {
        WebhookInput input = form.toInput(errors);
        if (!input.url().isBlank()) {
            String problem = targets.problem(input.url());
            if (problem != null) {
                errors.put("url", problem);
            }
        }
        return input;
    }

    private String endpoint(long id, int pageNumber, String secret, String done, String problem) {
        WebhookView endpoint = service.view(id);
        PageResult<DeliveryView> deliveries = service.deliveries(id, new ListQuery(Math.max(pageNumber, 0), PAGE_SIZE,
                null));
        Map<String, Object> model = model();
        model.put("endpoint", endpoint);
        model.put("deliveries", deliveries);
        model.put("attempts", service.attempts(deliveries.items()));
        model.put("secret", secret);
        model.put("done", done != null && DONE.contains(done) ? done : null);
        model.put("problem", problem);
        return page.render("webhooks/endpoint", model);
    }

    private String form(Long id, WebhookForm form, Map<String, String> errors, FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, WebhookForm.FIELDS, refusal);
        model.putAll(model());
        model.put("id", id);
        model.put("form", form);
        return page.render("webhooks/form", model);
    }

    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "webhooks");
        model.put("catalogue", EventCatalogue.ALL);
        model.put("w", new WebhookFormats());
        return model;
    }

    private static URI done(long id, String what) {
        return URI.create("/admin/webhooks/" + id + "?done=" + what);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
