package dev.custody.network.pages;

import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationService;
import dev.custody.network.SupplyLink;
import dev.custody.network.SupplyLinkInput;
import dev.custody.network.SupplyLinkService;
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

/**
 * Adding, editing and removing supply links from the buyer's profile; the supplier is typed by name, and a link
 * that would close a cycle is refused with the cycle named.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SupplyLinkFormPages {
    static final Set<String> FIELDS = Set.of("supplierId", "item", "itemKind", "share", "criticality");
    static final String SECTION = "subtiers";

    @Inject
    SupplyLinkService links;
    @Inject
    OrganizationService organizations;
    @Inject
    OrganizationChoices choices;
    @Inject
    PageContext page;
    @Inject
    FormFlow flow;

    @GET
    @Path("organizations/{id}/links/new")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String createForm(@PathParam("id") long buyerId) {
        return form(organizations.get(buyerId), null, SupplyLinkForm.blank(), Map.of(), null);
    }

    @GET
    @Path("links/{linkId}/edit")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String editForm(@PathParam("linkId") long linkId) {
        SupplyLink link = links.get(linkId);
        return form(link.buyer, linkId, SupplyLinkForm.of(link), Map.of(), null);
    }

    @POST
    @Path("organizations/{id}/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response create(@PathParam("id") long buyerId, @BeanParam SupplyLinkForm form) {
        Organization buyer = organizations.get(buyerId);
        Map<String, String> errors = new LinkedHashMap<>();
        Long supplierId = choices.resolve(form.supplier(), "supplierId", errors);
        return flow.submit(form.toInput(buyerId, supplierId, errors), errors,
                input -> FormFlow.saved(links.create(input).buyer.id, SECTION),
                (e, refusal) -> form(buyer, null, form, e, refusal), FormFlow.CREATING);
    }

    @POST
    @Path("links/{linkId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response update(@PathParam("linkId") long linkId, @BeanParam SupplyLinkForm form) {
        SupplyLink link = links.get(linkId);
        long stored = link.version;
        Map<String, String> errors = new LinkedHashMap<>();
        Long supplierId = choices.resolve(form.supplier(), "supplierId", errors);
        SupplyLinkInput input = form.toInput(link.buyer.id, supplierId, errors);
        return flow.submit(input, errors,
                i -> FormFlow.saved(links.update(linkId, i, Versions.expected(null, i.version())).buyer.id, SECTION),
                (e, refusal) -> form(link.buyer, linkId, form, e, refusal),
                () -> !Long.valueOf(stored).equals(input.version()));
    }

    @POST
    @Path("links/{linkId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response delete(@PathParam("linkId") long linkId, @RestForm String version) {
        long buyerId = links.get(linkId).buyer.id;
        return flow.delete(buyerId, version, expected -> links.delete(linkId, expected), FormFlow.profile(buyerId, SECTION));
    }

    private String form(Organization buyer, Long linkId, SupplyLinkForm form, Map<String, String> errors,
            FormFlow.Refusal refusal) {
        Map<String, Object> model = FormFlow.model(errors, FIELDS, refusal);
        model.put("org", buyer);
        model.put("id", linkId);
        model.put("form", form);
        model.put("suggestions", choices.suggestions());
        model.put("itemKinds", ItemKind.values());
        model.put("criticalities", Criticality.values());
        return page.render("links/form", model);
    }
}
