package dev.custody.network.transfer;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** CSV exports of the supply network in the import format. */
@Path("/api/exports")
@Tag(name = "Import and export")
public class ExportResource {
    @Inject
    CsvExporter exporter;

    @GET
    @Path("/organizations.csv")
    @Produces(Downloads.CSV)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "All organizations as CSV", description = "Ordered by id; the columns of the import")
    public Response organizations() {
        return Downloads.organizations(exporter);
    }

    @GET
    @Path("/supply-links.csv")
    @Produces(Downloads.CSV)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "All supply links as CSV", description = "Ordered by id; buyer and supplier by name, "
            + "the columns of the import")
    public Response supplyLinks() {
        return Downloads.supplyLinks(exporter);
    }
}
