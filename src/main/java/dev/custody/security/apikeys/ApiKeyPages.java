package dev.custody.security.apikeys;

import dev.custody.network.pages.FormFlow;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API keys page under the signed-in user's menu (create, shown once; revoke) and the administrators' page of
 * every login's keys. A new key is shown on the answer to the form itself, never after a redirect, and not cached.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ApiKeyPages {
    static final String OWN = "/account/api-keys";
    static final String ALL = "/admin/api-keys";

    @Inject
    ApiKeyService service;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;
    @Inject
    Validator validator;

    @GET
    @Path("account/api-keys")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    public String own(@QueryParam("revoked") String revoked) {
        return ownPage(revoked != null, ApiKeyForm.blank(service.grantable(caller())), Map.of(), null, null);
    }

    @POST
    @Path("account/api-keys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    public Response create(@BeanParam ApiKeyForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        ApiKeyInput input = form.toInput(errors);
        for (ConstraintViolation<ApiKeyInput> violation : validator.validate(input)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (input.roles().isEmpty()) {
            errors.putIfAbsent("roles", "tick at least one role the key may use");
        }
        if (!errors.isEmpty()) {
            return FormFlow.html(400, ownPage(false, form, errors, null, null));
        }
        try {
            CreatedApiKey created = service.create(caller(), input);
            return Response.ok(ownPage(false, ApiKeyForm.blank(service.grantable(caller())), Map.of(), created, null))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
        } catch (InvalidInputException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            e.errors().forEach(f -> byField.putIfAbsent("expiresAt".equals(f.field()) ? "expiresOn" : f.field(), f.message()));
            return FormFlow.html(400, ownPage(false, form, byField, null, null));
        } catch (ConflictException e) {
            return FormFlow.html(409, ownPage(false, form, Map.of(), null, e.getMessage()));
        }
    }

    @POST
    @Path("account/api-keys/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    public Response revokeOwn(@PathParam("id") long id) {
        service.revoke(id, caller(), false);
        return Response.seeOther(URI.create(OWN + "?revoked=1")).build();
    }

    @GET
    @Path("admin/api-keys")
    @RolesAllowed(Roles.ADMIN)
    public String all(@QueryParam("owner") String owner, @QueryParam("revoked") String revoked) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nav", "apiKeys");
        model.put("keys", service.all(owner));
        model.put("owner", owner == null ? "" : owner.strip());
        model.put("revoked", revoked != null);
        model.put("f", new ApiKeyFormats());
        return page.render("apikeys/all", model);
    }

    @POST
    @Path("admin/api-keys/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response revokeAny(@PathParam("id") long id) {
        service.revoke(id, caller(), true);
        return Response.seeOther(URI.create(ALL + "?revoked=1")).build();
    }

    private String ownPage(boolean revoked, ApiKeyForm form, Map<String, String> errors, CreatedApiKey created,
            String refusal) {
        Map<String, Object> model = FormFlow.model(errors, ApiKeyForm.FIELDS,
                refusal == null ? null : new FormFlow.Refusal(false, refusal));
        model.put("nav", "apiKeys");
        model.put("keys", service.own(caller()));
        model.put("revoked", revoked);
        model.put("form", form);
        model.put("grantable", ApiKeyService.ALL_ROLES.stream().filter(service.grantable(caller())::contains).toList());
        model.put("created", created);
        model.put("enabled", service.enabled());
        model.put("f", new ApiKeyFormats());
        return page.render("apikeys/own", model);
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
