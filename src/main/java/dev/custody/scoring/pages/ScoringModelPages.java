package dev.custody.scoring.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Criticality;
import dev.custody.network.pages.Formats;
import dev.custody.scoring.Band;
import dev.custody.scoring.ModelAdminService;
import dev.custody.scoring.ModelPreview;
import dev.custody.scoring.ModelStatus;
import dev.custody.scoring.ModelValidator;
import dev.custody.scoring.ScoringModel;
import dev.custody.scoring.ScoringModelService;
import dev.custody.scoring.ScoringModelVersion;
import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import dev.custody.web.PreconditionRequiredException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The scoring model pages: the versions, one version (a form while it is a draft), its preview and activation. */
@Path("/admin/scoring-models")
@Produces(MediaType.TEXT_HTML)
public class ScoringModelPages {
    static final String BASE = "/admin/scoring-models";
    static final Formats FORMATS = new Formats(Map.of());

    @Inject
    ScoringModelService models;
    @Inject
    ModelAdminService admin;
    @Inject
    ModelPreview preview;
    @Inject
    PageContext page;
    @Inject
    ObjectMapper mapper;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String list() {
        return listPage(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response createDraft(@RestForm String note, @RestForm Integer from) {
        try {
            ScoringModelVersion draft = admin.createDraft(from, note, identity.getPrincipal().getName());
            return Response.seeOther(URI.create(BASE + "/" + draft.version)).build();
        } catch (ConflictException e) {
            return FormFlow.html(409, listPage(e.getMessage()));
        }
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String show(@PathParam("version") int version, @QueryParam("preview") boolean withPreview,
            @QueryParam("saved") boolean saved, @QueryParam("activated") Integer activated) {
        ScoringModelVersion model = models.get(version);
        Map<String, Object> extra = new HashMap<>();
        extra.put("saved", saved);
        extra.put("activated", activated);
        if (withPreview) {
            extra.put("preview", preview.preview(version));
        }
        return versionPage(model, models.parameters(model), null, Map.of(), null, extra);
    }

    @POST
    @Path("/{version}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response save(@PathParam("version") int version, MultivaluedMap<String, String> form) {
        ScoringModelVersion model = models.get(version);
        ScoringModel stored = models.parameters(model);
        List<ModelParameters.Section> sections = ModelParameters.of(stored, admin.indicatorNames());
        Map<String, String> errors = new LinkedHashMap<>();
        ScoringModel parameters = ModelForm.read(mapper, form, stored, sections, errors);
        ModelValidator.check(parameters, admin.indicatorNames()).forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        String note = form.getFirst("note");
        Long revision = parse(form.getFirst("revision"));
        if (revision == null) {
            errors.putIfAbsent("revision", "is not a revision of this version; reload the page");
        }
        if (errors.isEmpty()) {
            try {
                admin.update(version, parameters, note == null ? "" : note, revision);
                return Response.seeOther(URI.create(BASE + "/" + version + "?saved=true")).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            } catch (ConflictException | OptimisticLockException e) {
                return FormFlow.html(409, versionPage(models.get(version), models.parameters(models.get(version)), form,
                        Map.of(), e.getMessage(), Map.of()));
            }
        }
        return FormFlow.html(400, versionPage(model, models.parameters(model), form, errors, null, Map.of()));
    }

    @POST
    @Path("/{version}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response activate(@PathParam("version") int version) {
        try {
            ModelAdminService.Activation activation = admin.activate(version);
            return Response.seeOther(URI.create(BASE + "/" + version + "?activated="
                    + activation.rescore().changed())).build();
        } catch (ConflictException | InvalidInputException e) {
            ScoringModelVersion model = models.get(version);
            return FormFlow.html(409, versionPage(model, models.parameters(model), null, errorsOf(e), e.getMessage(), Map.of()));
        }
    }

    @POST
    @Path("/{version}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("version") int version, @RestForm("version") String revision) {
        try {
            admin.delete(version, parse(revision));
            return Response.seeOther(URI.create(BASE)).build();
        } catch (ConflictException | OptimisticLockException | PreconditionRequiredException e) {
            ScoringModelVersion model = models.get(version);
            return FormFlow.html(409, versionPage(model, models.parameters(model), null, Map.of(), e.getMessage(), Map.of()));
        }
    }

    private String listPage(String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "models");
        model.put("fmt", FORMATS);
        model.put("versions", models.list());
        model.put("draft", admin.draft());
        model.put("refusal", refusal);
        return page.render("models/list", model);
    }

    /** form: the values as posted (shown again after a refused save), else the stored ones. */
    private String versionPage(ScoringModelVersion version, ScoringModel parameters,
            MultivaluedMap<String, String> form, Map<String, String> errors, String refusal, Map<String, Object> extra) {
        List<ModelParameters.Section> sections = ModelParameters.of(parameters, admin.indicatorNames());
        Map<String, String> values = new HashMap<>();
        sections.forEach(s -> s.params().forEach(p -> values.put(p.path(),
                form == null ? p.value() : String.valueOf(form.getFirst(p.path()) == null ? "" : form.getFirst(p.path())))));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("nav", "models");
        model.put("version", version);
        model.put("fmt", FORMATS);
        model.put("editable", version.status == ModelStatus.DRAFT && identity.hasRole(Roles.ADMIN));
        model.put("sections", sections);
        model.put("ranged", parameters.ranged());
        model.put("values", values);
        model.put("note", form == null ? version.note : form.getFirst("note"));
        model.put("errors", errors);
        List<String> paths = ModelParameters.paths(sections);
        model.put("otherErrors", errors.entrySet().stream().filter(e -> !paths.contains(e.getKey())).toList());
        model.put("refusal", refusal);
        model.put("criticalities", Criticality.values());
        model.put("bands", Band.values());
        return page.render("models/version", model);
    }

    private static Map<String, String> errorsOf(RuntimeException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidInputException invalid) {
            for (FieldError f : invalid.errors()) {
                errors.putIfAbsent(f.field(), f.message());
            }
        }
        return errors;
    }

    /** The revision a form carried; none (or garbage) reads as none, which a save or delete refuses. */
    private static Long parse(String revision) {
        try {
            return revision == null || revision.isBlank() ? null : Long.valueOf(revision.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
