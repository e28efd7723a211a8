package dev.custody.network;

import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreSummary;
import dev.custody.scoring.ScoredOrganizations;
import dev.custody.security.Roles;
import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organizations of the supply network: vendors and their subcontractors. */
@Path("/api/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {
    @Inject
    OrganizationService service;
    @Inject
    SupplyTreeService trees;
    @Inject
    ScoredOrganizations scored;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List organizations", description = "Paged; filter by name search (q), HQ country, kind, tier, "
            + "the criticality of links they supply and the band of the inherited score; sort by name, kind, hqCountry, "
            + "tier, updatedAt, own, inherited, band (prefix - to reverse). Each organization carries its current score: "
            + "own and inherited with their range from unknown factors (low, expected, high), bands, the share of its "
            + "insider-threat weight assessed, the model version and the range in words")
    public PageResult<OrganizationView> list(@QueryParam("q") String q, @QueryParam("country") String country,
            @QueryParam("kind") OrganizationKind kind, @QueryParam("tier") Integer tier,
            @QueryParam("criticality") Criticality criticality, @QueryParam("band") Band band,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") String sort) {
        return scored.list(new OrganizationFilter(q, country, kind, tier, criticality), band,
                new ListQuery(page, size, sort)).map(r -> OrganizationView.of(r.organization(), ScoreSummary.of(r.score())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get an organization", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@PathParam("id") long id) {
        Organization organization = service.get(id);
        return Response.ok(OrganizationView.of(organization)).tag(String.valueOf(organization.version)).build();
    }

    @GET
    @Path("/{id}/tree")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The sub-tier tree below an organization", description = "Suppliers, their suppliers and so on, "
            + "to the given depth (default 6, at most 12)")
    public SupplyTree tree(@PathParam("id") long id, @QueryParam("depth") @DefaultValue("6") int depth) {
        return trees.tree(id, depth);
    }

    @POST
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Create an organization")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@Valid @NotNull OrganizationInput input) {
        Organization organization = service.create(input);
        return Response.created(URI.create("/api/organizations/" + organization.id))
                .tag(String.valueOf(organization.version)).entity(OrganizationView.of(organization)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Update an organization", description = "Needs the edited version (If-Match or version field); "
            + "409 when someone else changed it first")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganizationInput input) {
        Organization organization = service.update(id, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(OrganizationView.of(organization)).tag(String.valueOf(organization.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Delete an organization", description = "409 while sites, links, custody legs, incidents or "
            + "assessments depend on it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
