package dev.custody.network.pages;

import dev.custody.network.CustodyLeg;
import dev.custody.network.CustodyLegInput;
import dev.custody.network.CustodyLegService;
import dev.custody.network.LegKind;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** Adding, editing and removing the legs of a vendor's custody chain from the vendor's profile. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CustodyLegFormPages {
    static final Set<String> FIELDS = Set.of("sequence", "kind", "handlerId", "country", "seals", "tracking", "escort");
    static final String SECTION = "custody";

    @Inject
    CustodyLegService legs;
    @Inject
    OrganizationService organizations;
    @Inject
    OrganizationChoices choices;
    @Inject
    ProfileQueries queries;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @Path("organizations/{id}/legs/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm(@PathParam("id") long vendorId) {
        Organization vendor = organizations.get(vendorId);
        int next = queries.custodyChain(vendorId).stream().mapToInt(leg -> leg.sequence).max().orElse(0) + 1;
        return form(vendor, null, CustodyLegForm.next(next), Map.of(), null);
    }

    @GET
    @Path("legs/{legId}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("legId") long legId) {
        CustodyLeg leg = legs.get(legId);
        return form(leg.vendor, legId, CustodyLegForm.of(leg), Map.of(), null);
    }

    @POST
    @Path("organizations/{id}/legs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@PathParam("id") long vendorId, @BeanParam CustodyLegForm form) {
        Organization vendor = organizations.get(vendorId);
        Map<String, String> errors = new LinkedHashMap<>();
        Long handlerId = choices.resolve(form.handler(), "handlerId", errors);
        return flow.submit(form.toInput(vendorId, handlerId, errors), errors,
                input -> FormFlow.saved(legs.create(input).vendor.id, SECTION),
                (e, refusal) -> form(vendor, null, form, e, refusal), FormFlow.CREATING);
    }

    @POST
    @Path("legs/{legId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("legId") long legId, @BeanParam CustodyLegForm form) {
        CustodyLeg leg = legs.get(legId);
        long stored = leg.version;
        Map<String, String> errors = new LinkedHashMap<>();
        Long handlerId = choices.resolve(form.handler(), "handlerId", errors);
        CustodyLegInput input = form.toInput(leg.vendor.id, handlerId, errors);
        return flow.submit(input, errors,
                i -> FormFlow.saved(legs.update(legId, i, Versions.expected(null, i.version())).vendor.id, SECTION),
                (e, refusal) -> form(leg.vendor, legId, form, e, refusal),
                () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("legs/{legId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("legId") long legId, @RestForm String version) {
        long vendorId = legs.get(legId).vendor.id;
        return flow.delete(vendorId, version, expected -> legs.delete(legId, expected), FormFlow.profile(vendorId, SECTION));
    }

    private String form(Organization vendor, Long legId, CustodyLegForm form, Map<String, String> errors,
            FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("org", vendor);
        model.put("id", legId);
        model.put("form", form);
        model.put("countries", queries.countries());
        model.put("suggestions", choices.suggestions());
        model.put("legKinds", LegKind.values());
        return page.render("legs/form", model);
    }
}
