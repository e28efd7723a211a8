package dev.custody.network.pages;

import dev.custody.network.Assessment;
import dev.custody.network.AssessmentInput;
import dev.custody.network.AssessmentService;
import dev.custody.network.InsiderFactor;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Making, correcting and removing insider-threat assessments from an organization's profile; a new one starts
 * from the latest, so that an analyst only changes the factors that moved.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AssessmentFormPages {
    static final Set<String> FIELDS = Stream.concat(Stream.of("assessor", "assessedOn", "evidenceNote"),
            Arrays.stream(InsiderFactor.values()).map(f -> "factors." + f.name())).collect(Collectors.toUnmodifiableSet());
    static final String SECTION = "assessments";
    static final Integer[] RATINGS = {0, 1, 2, 3, 4};

    @Inject
    AssessmentService assessments;
    @Inject
    OrganizationService organizations;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;
    @Inject
    Clock clock;

    @GET
    @Path("organizations/{id}/assessments/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm(@PathParam("id") long organizationId) {
        Organization organization = organizations.get(organizationId);
        Assessment latest = Assessment.<Assessment>find("organization.id = ?1 order by assessedOn desc, id desc",
                organizationId).firstResult();
        return form(organization, null, AssessmentForm.startingFrom(latest, LocalDate.now(clock)), Map.of(), null,
                latest);
    }

    @GET
    @Path("assessments/{assessmentId}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("assessmentId") long assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        return form(assessment.organization, assessmentId, AssessmentForm.of(assessment), Map.of(), null, null);
    }

    @POST
    @Path("organizations/{id}/assessments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@PathParam("id") long organizationId, @BeanParam AssessmentForm form) {
        Organization organization = organizations.get(organizationId);
        Map<String, String> errors = new LinkedHashMap<>();
        return flow.submit(form.toInput(organizationId, errors), errors,
                input -> FormFlow.saved(assessments.create(input).organization.id, SECTION),
                (e, refusal) -> form(organization, null, form, e, refusal, null), FormFlow.CREATING);
    }

    @POST
    @Path("assessments/{assessmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("assessmentId") long assessmentId, @BeanParam AssessmentForm form) {
        Assessment assessment = assessments.get(assessmentId);
        long stored = assessment.version;
        Map<String, String> errors = new LinkedHashMap<>();
        AssessmentInput input = form.toInput(assessment.organization.id, errors);
        return flow.submit(input, errors,
                i -> FormFlow.saved(assessments.update(assessmentId, i, Versions.expected(null, i.version()))
                        .organization.id, SECTION),
                (e, refusal) -> form(assessment.organization, assessmentId, form, e, refusal, null),
                () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("assessments/{assessmentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("assessmentId") long assessmentId, @RestForm String version) {
        long organizationId = assessments.get(assessmentId).organization.id;
        return flow.delete(organizationId, version, expected -> assessments.delete(assessmentId, expected),
                FormFlow.profile(organizationId, SECTION));
    }

    /** startedFrom: the assessment a new one was pre-filled from, named above the factors. */
    private String form(Organization organization, Long assessmentId, AssessmentForm form, Map<String, String> errors,
            FormFlow.Refusal refusal, Assessment startedFrom) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("org", organization);
        model.put("id", assessmentId);
        model.put("form", form);
        model.put("factors", InsiderFactor.values());
        model.put("ratings", RATINGS);
        model.put("startedFrom", startedFrom);
        return page.render("assessments/form", model);
    }
}
