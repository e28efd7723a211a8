package dev.custody.gating;

import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The procurement pages: the list of requests and decisions, the request form, the decision with its override. */
@Path("/purchase-requests")
@Produces(MediaType.TEXT_HTML)
public class GatingPages {
    static final Set<String> FIELDS = Set.of("vendorId", "item", "quantity", "unitPrice", "currency", "criticality", "needBy");

    @Inject
    GatingService gating;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String list(@QueryParam("review") boolean review) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "procurement");
        model.put("review", review);
        model.put("requests", gating.list(review).stream().map(r -> gating.view(r, false)).toList());
        model.put("canRequest", canRequest());
        return page.render("gating/list", model);
    }

    @GET
    @Path("/new")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    public String form(@QueryParam("vendor") Long vendorId) {
        return form(PurchaseRequestForm.blank(vendorId), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    public Response submit(@BeanParam PurchaseRequestForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        return flow.submit(form.toInput(errors), errors,
                input -> URI.create("/purchase-requests/" + gating.submit(input, user(), null).request().id),
                (e, refusal) -> form(form, e, refusal), FormFlow.CREATING);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String decision(@PathParam("id") long id) {
        return decision(id, Map.of(), null, "", null);
    }

    @POST
    @Path("/{id}/re-evaluate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    public Response reevaluate(@PathParam("id") long id) {
        try {
            gating.reevaluate(id, user());
            return Response.seeOther(URI.create("/purchase-requests/" + id)).build();
        } catch (ConflictException e) {
            return FormFlow.html(409, decision(id, Map.of(), null, "", e.getMessage()));
        }
    }

    @POST
    @Path("/{id}/override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public Response override(@PathParam("id") long id, @RestForm String outcome, @RestForm String justification) {
        Map<String, String> errors = new LinkedHashMap<>();
        GateOutcome chosen = null;
        try {
            chosen = GateOutcome.valueOf(outcome == null ? "" : outcome);
            if (!GatingService.OVERRIDE_OUTCOMES.contains(chosen)) {
                throw new IllegalArgumentException(outcome);
            }
        } catch (IllegalArgumentException e) {
            errors.put("outcome", "choose the outcome to grant");
        }
        if (justification == null || justification.isBlank()) {
            errors.put("justification", "must not be blank");
        } else if (justification.length() > 4000) {
            errors.put("justification", "at most 4000 characters");
        }
        if (!errors.isEmpty()) {
            return FormFlow.html(400, decision(id, errors, outcome, justification, null));
        }
        try {
            gating.override(id, new OverrideInput(chosen, justification), user());
            return Response.seeOther(URI.create("/purchase-requests/" + id)).build();
        } catch (FourEyesException | ConflictException e) {
            return FormFlow.html(e.status(), decision(id, Map.of(), outcome, justification, e.getMessage()));
        }
    }

    private String form(PurchaseRequestForm form, Map<String, String> errors, FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("nav", "procurement");
        model.put("form", form);
        model.put("vendors", Organization.<Organization>list("kind = ?1 order by name", OrganizationKind.VENDOR));
        model.put("criticalities", Criticality.values());
        return page.render("gating/form", model);
    }

    private String decision(long id, Map<String, String> errors, String outcome, String justification, String refusal) {
        PurchaseRequestView request = gating.view(gating.get(id), true);
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "procurement");
        model.put("r", request);
        model.put("d", request.decision());
        model.put("matches", request.decision() == null ? List.of()
                : request.decision().rules().stream().filter(rule -> rule.match() != null).toList());
        model.put("errors", errors);
        model.put("refusal", refusal);
        model.put("overrideOutcome", outcome);
        model.put("justification", justification);
        model.put("outcomes", GatingService.OVERRIDE_OUTCOMES);
        model.put("canOverride", (identity.hasRole(Roles.APPROVER) || identity.hasRole(Roles.ADMIN))
                && !user().equals(request.requester()));
        model.put("canReevaluate", canRequest());
        model.put("vendorExists", Organization.findById(request.vendorId()) != null);
        return page.render("gating/decision", model);
    }

    private boolean canRequest() {
        return identity.hasRole(Roles.PROCUREMENT) || identity.hasRole(Roles.ADMIN);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
