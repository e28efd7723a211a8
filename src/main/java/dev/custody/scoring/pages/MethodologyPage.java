package dev.custody.scoring.pages;

import dev.custody.network.InsiderFactor;
import dev.custody.scoring.Propagation;
import dev.custody.scoring.ScoringModel;
import dev.custody.scoring.ScoringModelService;
import dev.custody.scoring.ScoringModelVersion;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How scores are computed: the formulas of the domain guide beside the parameters of one model version. */
@Path("/methodology")
@Produces(MediaType.TEXT_HTML)
public class MethodologyPage {
    @Inject
    ScoringModelService models;
    @Inject
    PageContext page;

    /** The active version, or ?version=N (any status, so a draft can be read before it is activated). */
    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public String show(@QueryParam("version") Integer version) {
        ScoringModelVersion v = models.get(version == null ? models.active().version() : version);
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "methodology");
        model.put("fmt", ScoringModelPages.FORMATS);
        model.put("version", v);
        ScoringModel m = models.parameters(v);
        model.put("m", m);
        Map<Integer, String> anchors = new HashMap<>();
        for (int score : new int[] {25, 50, 75}) {
            anchors.put(score, ScoringModelPages.FORMATS.probability(Propagation.probability(score, m)));
        }
        model.put("anchors", anchors);
        List<ModelParameters.Section> sections = ModelParameters.of(models.parameters(v), List.of());
        Map<String, String> values = new HashMap<>();
        sections.forEach(s -> s.params().forEach(p -> values.put(p.path(), p.value())));
        model.put("sections", sections);
        model.put("p", values);
        model.put("factors", InsiderFactor.values());
        model.put("versions", models.list());
        return page.render("methodology", model);
    }
}
