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

/** The CSV and xlsx buttons of the vendor and network list pages: the list as filtered and sorted there. */
@Path("/")
public class ListExportPages {
    @Inject
    ListExport export;

    @GET
    @Path("vendors/export")
    @Produces({Downloads.CSV, Downloads.XLSX})
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response vendors(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("country") String country, @QueryParam("tier") String tier,
            @QueryParam("criticality") String criticality, @QueryParam("band") String band,
            @QueryParam("sort") String sort) {
        return ListDownloads.vendors(export,
                new ListParams("/vendors", q, country, null, tier, criticality, band, sort, null, null), format);
    }

    @GET
    @Path("organizations/export")
    @Produces({Downloads.CSV, Downloads.XLSX})
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response network(@QueryParam("format") String format, @QueryParam("q") String q,
            @QueryParam("country") String country, @QueryParam("kind") String kind, @QueryParam("tier") String tier,
            @QueryParam("criticality") String criticality, @QueryParam("band") String band,
            @QueryParam("sort") String sort) {
        return ListDownloads.network(export,
                new ListParams("/organizations", q, country, kind, tier, criticality, band, sort, null, null), format);
    }
}
