package dev.custody.gating;

import dev.custody.history.ChangeHistoryService;
import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
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
import java.util.function.Supplier;
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
    @Inject
    GateQueue queue;
    @Inject
    OverrideFlow overrides;
    @Inject
    GateConditions conditions;
    @Inject
    WhatChanged changes;
    @Inject
    ChangeHistoryService history;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response list(@QueryParam("state") String state, @QueryParam("vendor") String vendor,
            @QueryParam("criticality") String criticality, @QueryParam("overdue") String overdue,
            @QueryParam("review") String review) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "procurement");
        model.put("canRequest", canRequest());
        model.put("states", List.of(GateOutcome.APPROVE.name(), GateOutcome.APPROVE_WITH_CONDITIONS.name(),
                GateOutcome.REJECT.name(), QueueFilter.OVERRIDE_REQUESTED));
        model.put("vendors", Organization.<Organization>list("kind = ?1 order by name", OrganizationKind.VENDOR));
        model.put("criticalities", Criticality.values());
        model.put("filter", new FilterForm(state, vendor, criticality, "true".equalsIgnoreCase(overdue),
                "true".equalsIgnoreCase(review)));
        try {
            QueueFilter filter = QueueFilter.parse(state, vendor, criticality, overdue, review);
            model.put("errors", Map.of());
            model.put("requests", queue.requests(filter).stream().map(r -> gating.view(r, false)).toList());
            return FormFlow.html(200, page.render("gating/list", model));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            model.put("errors", errors);
            model.put("requests", List.of());
            return FormFlow.html(400, page.render("gating/list", model));
        }
    }

    /** The queue's filters as the page shows them back. */
    public record FilterForm(String state, String vendor, String criticality, boolean overdue, boolean review) {
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
        return decision(id, Map.of(), Map.of(), null);
    }

    @POST
    @Path("/{id}/re-evaluate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    public Response reevaluate(@PathParam("id") long id) {
        return act(id, Map.of(), Map.of(), () -> gating.reevaluate(id, actor()));
    }

    @POST
    @Path("/{id}/override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public Response override(@PathParam("id") long id, @RestForm String outcome, @RestForm String justification) {
        Map<String, String> errors = new LinkedHashMap<>();
        GateOutcome chosen = outcome(outcome, "outcome", errors);
        text(justification, "justification", 4000, errors);
        return act(id, errors, values(outcome, justification),
                () -> gating.override(id, new OverrideInput(chosen, justification), user()));
    }

    private String form(PurchaseRequestForm form, Map<String, String> errors, FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("nav", "procurement");
        model.put("form", form);
        model.put("vendors", Organization.<Organization>list("kind = ?1 order by name", OrganizationKind.VENDOR));
        model.put("criticalities", Criticality.values());
        return page.render("gating/form", model);
    }

    @POST
    @Path("/{id}/override-requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    public Response requestOverride(@PathParam("id") long id, @RestForm String wanted, @RestForm String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        GateOutcome outcome = outcome(wanted, "wanted", errors);
        text(reason, "reason", 4000, errors);
        return act(id, errors, Map.of("wanted", nz(wanted), "reason", nz(reason)),
                () -> overrides.request(id, new OverrideRequestInput(outcome, reason), actor()));
    }

    @POST
    @Path("/{id}/override-requests/{request}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public Response answerOverride(@PathParam("id") long id, @PathParam("request") long request,
            @RestForm String answer, @RestForm String answerJustification) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(answerJustification, "answerJustification", 4000, errors);
        OverrideAnswerInput input = new OverrideAnswerInput(answerJustification);
        return act(id, errors, Map.of("answerJustification", nz(answerJustification)), () -> {
            if (overrides.get(request).purchaseRequestId != id) {
                throw new NotFoundException("Override request", request);
            }
            return "grant".equals(answer) ? overrides.grant(request, input, user()) : overrides.refuse(request, input, user());
        });
    }

    @POST
    @Path("/{id}/conditions/{index}/met")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    public Response conditionMet(@PathParam("id") long id, @PathParam("index") int index, @RestForm String evidence) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(evidence, "evidence" + index, 2000, errors);
        return act(id, errors, Map.of("evidence" + index, nz(evidence)),
                () -> conditions.recordMet(id, index, new ConditionMetInput(evidence), actor()));
    }

    /** Runs a decision page action and redirects back to the page, or shows it again with the errors or refusal. */
    private Response act(long id, Map<String, String> errors, Map<String, String> values, Supplier<?> action) {
        if (!errors.isEmpty()) {
            return FormFlow.html(400, decision(id, errors, values, null));
        }
        try {
            action.get();
            return Response.seeOther(URI.create("/purchase-requests/" + id)).build();
        } catch (FourEyesException | ConflictException e) {
            return FormFlow.html(e.status(), decision(id, Map.of(), values, e.getMessage()));
        }
    }

    private static GateOutcome outcome(String value, String field, Map<String, String> errors) {
        try {
            GateOutcome chosen = GateOutcome.valueOf(value == null ? "" : value);
            if (!GatingService.OVERRIDE_OUTCOMES.contains(chosen)) {
                throw new IllegalArgumentException(value);
            }
            return chosen;
        } catch (IllegalArgumentException e) {
            errors.put(field, "choose an outcome");
            return null;
        }
    }

    private static void text(String value, String field, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "must not be blank");
        } else if (value.length() > max) {
            errors.put(field, "at most " + max + " characters");
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, String> values(String outcome, String justification) {
        return Map.of("outcome", nz(outcome), "justification", nz(justification));
    }

    private String decision(long id, Map<String, String> errors, Map<String, String> values, String refusal) {
        PurchaseRequestView request = gating.view(gating.get(id), true);
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "procurement");
        model.put("r", request);
        model.put("d", request.decision());
        model.put("matches", request.decision() == null ? List.of()
                : request.decision().rules().stream().filter(rule -> rule.match() != null).toList());
        model.put("errors", errors);
        model.put("values", values);
        model.put("refusal", refusal);
        model.put("overrideOutcome", values.get("outcome"));
        model.put("justification", values.getOrDefault("justification", ""));
        model.put("outcomes", GatingService.OVERRIDE_OUTCOMES);
        boolean approver = identity.hasRole(Roles.APPROVER) || identity.hasRole(Roles.ADMIN);
        model.put("canOverride", approver && !user().equals(request.requester())
                && (request.decision() == null || !user().equals(request.decision().decidedBy())));
        boolean mayAct = canRequest() && (approver || user().equals(request.requester()));
        model.put("canReevaluate", mayAct);
        model.put("canAskOverride", mayAct && request.decision() != null && !request.overrideRequested());
        model.put("canAnswer", approver);
        model.put("user", user());
        model.put("changes", request.reviewReason() == null || request.decision() == null ? List.of() : changes.since(id));
        model.put("vendorExists", Organization.findById(request.vendorId()) != null);
        model.put("audit", history.purchaseRequest(id, ChangeHistoryService.DEFAULT_LIMIT));
        return page.render("gating/decision", model);
    }

    private boolean canRequest() {
        return identity.hasRole(Roles.PROCUREMENT) || identity.hasRole(Roles.ADMIN);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private RequestAccess.Actor actor() {
        return RequestAccess.Actor.of(identity);
    }
}
