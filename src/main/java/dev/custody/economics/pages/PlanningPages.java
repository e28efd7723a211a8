package dev.custody.economics.pages;

import dev.custody.economics.engagement.EstimateRequest;
import dev.custody.economics.engagement.PlanningService;
import dev.custody.economics.engagement.PortfolioRequest;
import dev.custody.economics.engagement.QuickEstimate;
import dev.custody.economics.engagement.SafeguardService;
import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The portfolio budget page and the quick estimate page: both compute on GET, nothing is saved. */
@Path("/economics")
@Produces(MediaType.TEXT_HTML)
public class PlanningPages {
    @Inject
    PlanningService planning;
    @Inject
    SafeguardService safeguards;
    @Inject
    PageContext page;
    @Inject
    Validator validator;

    @GET
    @Path("portfolio")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String portfolio(@QueryParam("budget") String budget) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> model = model("portfolio", errors);
        model.put("budget", budget == null ? "" : budget);
        BigDecimal amount = FormNumbers.optional(budget, "budget", errors);
        if (amount != null) {
            PortfolioRequest request = new PortfolioRequest(amount, List.of());
            model.put("plan", compute(request, errors, () -> planning.portfolio(request)));
        }
        return page.render("economics/portfolio", model);
    }

    @GET
    @Path("estimate")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String estimate(@BeanParam EstimateForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> model = model("estimate", errors);
        model.put("form", form);
        model.put("catalogue", safeguards.list());
        if (form.submitted()) {
            EstimateRequest request = form.toRequest(errors);
            QuickEstimate estimate = compute(request, errors, () -> planning.estimate(request));
            model.put("result", estimate);
            if (estimate != null) {
                model.put("chart", ExceedanceChart.of(estimate.simulation().before(), estimate.simulation().after(),
                        new EconomicsFormats()));
            }
        }
        return page.render("economics/estimate", model);
    }

    private Map<String, Object> model(String nav, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", nav);
        model.put("errors", errors);
        model.put("m", new EconomicsFormats());
        return model;
    }

    /** The result, or null with the reasons beside the fields when the request breaks a rule. */
    private <R, T> T compute(R request, Map<String, String> errors, Supplier<T> call) {
        for (ConstraintViolation<R> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return call.get();
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return null;
        }
    }
}
