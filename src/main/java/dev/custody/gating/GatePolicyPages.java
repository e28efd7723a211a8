package dev.custody.gating;

import dev.custody.network.Criticality;
import dev.custody.network.pages.FormFlow;
import dev.custody.network.pages.Formats;
import dev.custody.scoring.ModelStatus;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The gate policy pages: the versions, one version (a form while it is a draft), its activation. */
@Path("/admin/gate-policies")
@Produces(MediaType.TEXT_HTML)
public class GatePolicyPages {
    static final String BASE = "/admin/gate-policies";
    static final Formats FORMATS = new Formats(Map.of());
    static final String[] LIMITS = {"approveBelow", "rejectAbove", "minVisibility"};

    @Inject
    GatePolicyService policies;
    @Inject
    GatePolicyAdmin admin;
    @Inject
    GateReview review;
    @Inject
    PageContext page;
    @Inject
    GatePolicyPreview preview;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public String list() {
        return listPage(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response createDraft(@RestForm String note) {
        try {
            GatePolicyVersion draft = admin.createDraft(null, note, identity.getPrincipal().getName());
            return Response.seeOther(URI.create(BASE + "/" + draft.version)).build();
        } catch (ConflictException e) {
            return FormFlow.html(409, listPage(e.getMessage()));
        }
    }

    @GET
    @Path("/{version}")
    @RolesAllowed(Roles.ADMIN)
    public String show(@PathParam("version") int version, @QueryParam("saved") boolean saved,
            @QueryParam("reevaluated") Integer reevaluated, @QueryParam("marked") Integer marked) {
        GatePolicyVersion policy = policies.get(version);
        Map<String, Object> extra = new HashMap<>();
        extra.put("saved", saved);
        extra.put("reevaluated", reevaluated);
        extra.put("marked", marked == null ? 0 : marked);
        return versionPage(policy, null, Map.of(), null, extra);
    }

    @POST
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response save(@PathParam("version") int version, MultivaluedMap<String, String> form) {
        GatePolicyVersion policy = policies.get(version);
        Map<String, String> errors = new LinkedHashMap<>();
        GatePolicy parameters = read(form, errors);
        Long revision = whole(form.getFirst("revision"));
        if (revision == null) {
            errors.putIfAbsent("revision", "is not a revision of this version; reload the page");
        }
        if (errors.isEmpty()) {
            try {
                String note = form.getFirst("note");
                admin.update(version, parameters, note == null ? "" : note, revision);
                return Response.seeOther(URI.create(BASE + "/" + version + "?saved=true")).build();
            } catch (ConflictException | OptimisticLockException e) {
                return FormFlow.html(409, versionPage(policies.get(version), form, Map.of(), e.getMessage(), Map.of()));
            }
        }
        return FormFlow.html(400, versionPage(policy, form, errors, null, Map.of()));
    }

    @GET
    @Path("/{version}/preview")
    @RolesAllowed(Roles.ADMIN)
    public String preview(@PathParam("version") int version) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "gatePolicies");
        model.put("p", preview.preview(version));
        return page.render("gating/preview", model);
    }

    @POST
    @Path("/{version}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response activate(@PathParam("version") int version) {
        try {
            GatePolicyVersion active = admin.activate(version);
            GateReview.Result result = review.afterActivation(active.version);
            return Response.seeOther(URI.create(BASE + "/" + version + "?reevaluated=" + result.reevaluated().size()
                    + "&marked=" + result.marked().size())).build();
        } catch (ConflictException e) {
            return FormFlow.html(409, versionPage(policies.get(version), null, Map.of(), e.getMessage(), Map.of()));
        }
    }

    /** The parameters as posted; what cannot be read or breaks a rule is reported into errors by field name. */
    static GatePolicy read(MultivaluedMap<String, String> form, Map<String, String> errors) {
        Map<Criticality, GateThresholds> thresholds = new EnumMap<>(Criticality.class);
        for (Criticality c : Criticality.values()) {
            String prefix = "thresholds." + c + ".";
            Double approve = number(form, prefix + "approveBelow", errors);
            Double reject = number(form, prefix + "rejectAbove", errors);
            Long visibility = wholeField(form, prefix + "minVisibility", errors);
            if (approve != null && reject != null && visibility != null) {
                try {
                    thresholds.put(c, new GateThresholds(approve, reject, visibility.intValue()));
                } catch (InvalidInputException e) {
                    e.errors().forEach(f -> errors.putIfAbsent(prefix + f.field(), f.message()));
                }
            }
        }
        Long months = wholeField(form, "reevaluationMonths", errors);
        Long days = wholeField(form, "conditionDeadlineDays", errors);
        Double share = number(form, "maxConditionCostPercent", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new GatePolicy(thresholds, "true".equals(form.getFirst("blockRestrictedParties")),
                    "true".equals(form.getFirst("blockEmbargoedCountries")), months.intValue(), days.intValue(), share);
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            return null;
        }
    }

    private static Double number(MultivaluedMap<String, String> form, String field, Map<String, String> errors) {
        String text = form.getFirst(field);
        try {
            double d = Double.parseDouble(text == null ? "" : text.trim().replace(',', '.'));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.putIfAbsent(field, "must be a number such as 40");
        return null;
    }

    private static Long wholeField(MultivaluedMap<String, String> form, String field, Map<String, String> errors) {
        Long value = whole(form.getFirst(field));
        if (value == null) {
            errors.putIfAbsent(field, "must be a whole number");
        }
        return value;
    }

    private static Long whole(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String listPage(String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "gatePolicies");
        model.put("fmt", FORMATS);
        model.put("versions", policies.list());
        model.put("draft", GatePolicyVersion.find("status", ModelStatus.DRAFT).firstResult());
        model.put("refusal", refusal);
        return page.render("gating/policies", model);
    }

    /** form: the values as posted (shown again after a refused save), else the stored ones. */
    private String versionPage(GatePolicyVersion version, MultivaluedMap<String, String> form,
            Map<String, String> errors, String refusal, Map<String, Object> extra) {
        GatePolicy stored = policies.parameters(version);
        Map<String, String> values = new HashMap<>();
        for (Criticality c : Criticality.values()) {
            GateThresholds t = stored.at(c);
            values.put("thresholds." + c + ".approveBelow", plain(t.approveBelow()));
            values.put("thresholds." + c + ".rejectAbove", plain(t.rejectAbove()));
            values.put("thresholds." + c + ".minVisibility", String.valueOf(t.minVisibility()));
        }
        values.put("reevaluationMonths", String.valueOf(stored.reevaluationMonths()));
        values.put("conditionDeadlineDays", String.valueOf(stored.conditionDeadlineDays()));
        values.put("maxConditionCostPercent", plain(stored.maxConditionCostPercent()));
        values.put("blockRestrictedParties", String.valueOf(stored.blockRestrictedParties()));
        values.put("blockEmbargoedCountries", String.valueOf(stored.blockEmbargoedCountries()));
        if (form != null) {
            values.replaceAll((field, value) -> {
                String posted = form.getFirst(field);
                return field.startsWith("block") ? String.valueOf("true".equals(posted)) : posted == null ? "" : posted;
            });
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("nav", "gatePolicies");
        model.put("version", version);
        model.put("fmt", FORMATS);
        model.put("editable", version.status == ModelStatus.DRAFT);
        model.put("values", values);
        model.put("note", form == null ? version.note : form.getFirst("note"));
        model.put("errors", errors);
        model.put("otherErrors", errors.entrySet().stream().filter(e -> !values.containsKey(e.getKey())).toList());
        model.put("refusal", refusal);
        model.put("criticalities", Criticality.values());
        model.put("limits", LIMITS);
        return page.render("gating/policy", model);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
