package dev.custody.network.transfer;

import dev.custody.network.pages.ListParams;
import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vendor and network lists with their scores as CSV or xlsx, filtered and sorted like the list pages. */
@Path("/api/exports")
@Tag(name = "Import and export")
public class ListExportResource {
    @Inject
    ListExport export;

    @GET
    @Path("/vendors")
    @Produces({Downloads.CSV, Downloads.XLSX})
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The vendor list as CSV or xlsx", description = "format=csv or xlsx; the filters and sort of "
            + "the Vendors page (q, country, tier, criticality, band, sort; riskiest first by default); at most "
            + ListExport.MAX_ROWS + " rows")
    public Response vendors(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("country") String country, @QueryParam("tier") String tier,
            @QueryParam("criticality") String criticality, @QueryParam("band") String band,
            @QueryParam("sort") String sort) {
        return ListDownloads.vendors(export,
                new ListParams("/vendors", q, country, null, tier, criticality, band, sort, null, null), format);
    }

    @GET
    @Path("/network")
    @Produces({Downloads.CSV, Downloads.XLSX})
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The network list as CSV or xlsx", description = "format=csv or xlsx; the filters and sort "
            + "of the Network page (q, country, kind, tier, criticality, band, sort; by name by default); at most "
            + ListExport.MAX_ROWS + " rows")
    public Response network(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("country") String country, @QueryParam("kind") String kind, @QueryParam("tier") String tier,
            @QueryParam("criticality") String criticality, @QueryParam("band") String band,
            @QueryParam("sort") String sort) {
        return ListDownloads.network(export,
                new ListParams("/organizations", q, country, kind, tier, criticality, band, sort, null, null), format);
    }
}
