package dev.custody.network.transfer;

import dev.custody.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Bulk import of organizations and supply links from an .xlsx workbook or a CSV file, all or nothing. */
@Path("/api/imports")
@Tag(name = "Import and export")
public class ImportResource {
    @Inject
    ImportService service;
    @Inject
    ImportConfig config;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Import organizations and supply links", description = "Multipart field \"file\": an .xlsx "
            + "workbook (sheets Organizations and Supply links) or one CSV table. 201 with the counts created; 422 listing "
            + "every bad row when nothing was imported; 400 for an unreadable file, 413 for one over the size limit")
    public Response upload(@RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null) {
            throw ImportFileException.unreadable("Send the file in the multipart form field \"file\".");
        }
        ImportResult result = service.importFile(file.fileName(), file.uploadedFile(), file.size());
        if (result.succeeded()) {
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
        }
        return Response.status(422).type(ImportProblem.mediaType())
                .entity(ImportProblem.of(result.errors(), uri.getPath())).build();
    }

    @GET
    @Path("/template")
    @Produces(Downloads.XLSX)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The import template", description = "An .xlsx workbook with both sheets, example rows, "
            + "drop-down lists for the fixed values and a Read me sheet")
    public Response template() {
        return Downloads.template(config.maxRows() + 1);
    }
}
