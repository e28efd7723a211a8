package dev.custody.reference;

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

/** Countries (by ISO 3166 alpha-2 code): CPI, embargo and export-control facts; maintained by administrators. */
@Path("/api/countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Countries")
public class CountryResource {
    @Inject
    CountryService service;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List countries", description = "Filter by q (name or ISO code), embargoed=true/false (US "
            + "embargo or EAR group E:1/E:2) and region; sort by name, iso2, cpiScore, region (prefix - to reverse)")
    public PageResult<CountryView> list(@QueryParam("q") String q, @QueryParam("embargoed") Boolean embargoed,
            @QueryParam("region") String region, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("sort") String sort) {
        return service.list(q, embargoed, region, new ListQuery(page, size, sort)).map(CountryView::of);
    }

    @GET
    @Path("/{iso2}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a country", description = "The ETag header carries the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The record; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryView.class)))
    public Response get(@PathParam("iso2") String iso2) {
        Country country = service.get(iso2);
        return Response.ok(CountryView.of(country)).tag(String.valueOf(country.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a country", description = "Administrators only; 409 when the code exists")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryView.class)))
    public Response create(@Valid @NotNull CountryInput input) {
        Country country = service.create(input);
        return Response.created(URI.create("/api/countries/" + country.iso2)).tag(String.valueOf(country.version))
                .entity(CountryView.of(country)).build();
    }

    @PUT
    @Path("/{iso2}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a country", description = "Administrators only; needs the edited version (If-Match "
            + "or version field)")
    @APIResponse(responseCode = "200", description = "Saved; the ETag header carries the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryView.class)))
    public Response update(@PathParam("iso2") String iso2, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CountryInput input) {
        Country country = service.update(iso2, input, Versions.expected(ifMatch, input.version()));
        return Response.ok(CountryView.of(country)).tag(String.valueOf(country.version)).build();
    }

    @DELETE
    @Path("/{iso2}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a country", description = "Administrators only; 409 while organizations, sites or "
            + "custody legs use it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("iso2") String iso2, @HeaderParam("If-Match") String ifMatch) {
        service.delete(iso2, ifMatch == null ? null : Versions.expected(ifMatch, null));
        return Response.noContent().build();
    }
}
