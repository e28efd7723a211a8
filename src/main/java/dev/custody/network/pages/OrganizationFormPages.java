package dev.custody.network.pages;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationInput;
import dev.custody.network.OrganizationKind;
import dev.custody.network.OrganizationService;
import dev.custody.network.Ownership;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import dev.custody.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** Creating, editing and deleting organizations from the pages (post-redirect-get, errors beside fields). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OrganizationFormPages {
    static final Set<String> FIELDS = Set.of("name", "kind", "hqCountry", "ownership", "parentCompany",
            "parentCountry", "description");

    @Inject
    OrganizationService organizations;
    @Inject
    ProfileQueries queries;
    @Inject
    ProfilePage profile;
    @Inject
    PageContext page;
    @Inject
    Validator validator;

    @GET
    @Path("organizations/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm() {
        return form(null, OrganizationForm.blank(), Map.of(), false);
    }

    @GET
    @Path("organizations/{id}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("id") long id) {
        return form(id, OrganizationForm.of(organizations.get(id)), Map.of(), false);
    }

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@BeanParam OrganizationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        OrganizationInput input = check(form, errors);
        if (!errors.isEmpty()) {
            return formResponse(400, null, form, errors, false);
        }
        try {
            return savedRedirect(organizations.create(input));
        } catch (InvalidInputException e) {
            return formResponse(e.status(), null, form, fieldErrors(e.errors()), false);
        }
    }

    @POST
    @Path("organizations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("id") long id, @BeanParam OrganizationForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        OrganizationInput input = check(form, errors);
        if (!errors.isEmpty()) {
            return formResponse(400, id, form, errors, false);
        }
        try {
            return savedRedirect(organizations.update(id, input, Versions.expected(null, input.version())));
        } catch (InvalidInputException e) {
            return formResponse(e.status(), id, form, fieldErrors(e.errors()), false);
        } catch (ConflictException | OptimisticLockException e) {
            return formResponse(409, id, form, Map.of(), true);
        }
    }

    @POST
    @Path("organizations/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        Long expected = version == null || version.isBlank() ? null : Versions.expected(version, null);
        try {
            organizations.delete(id, expected);
            return Response.seeOther(URI.create("/organizations")).build();
        } catch (ConflictException e) {
            return html(409, profile.render(id, false, e.getMessage()));
        }
    }

    /** The input with the same Bean Validation rules as the API; unreadable and invalid fields go to errors. */
    private OrganizationInput check(OrganizationForm form, Map<String, String> errors) {
        OrganizationInput input = form.toInput(errors);
        for (ConstraintViolation<OrganizationInput> violation : validator.validate(input)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return input;
    }

    private static Map<String, String> fieldErrors(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }

    private static Response savedRedirect(Organization organization) {
        return Response.seeOther(URI.create("/organizations/" + organization.id + "?saved=1")).build();
    }

    private Response formResponse(int status, Long id, OrganizationForm form, Map<String, String> errors, boolean conflict) {
        return html(status, form(id, form, errors, conflict));
    }

    private String form(Long id, OrganizationForm form, Map<String, String> errors, boolean conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "organizations");
        model.put("id", id);
        model.put("form", form);
        model.put("errors", errors);
        model.put("otherErrors", errors.entrySet().stream().filter(e -> !FIELDS.contains(e.getKey())).toList());
        model.put("conflict", conflict);
        model.put("countries", queries.countries());
        model.put("kinds", OrganizationKind.values());
        model.put("ownerships", Ownership.values());
        return page.render("organizations/form", model);
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
