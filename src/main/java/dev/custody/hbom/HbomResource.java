package dev.custody.hbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** An organization's sub-tier map from and to CycloneDX hardware BOMs (JSON or XML, 1.5 or 1.6). */
@Path("/api/organizations/{id}/hbom")
@Tag(name = "Hardware BOMs")
public class HbomResource {
    @Inject
    HbomService service;
    @Inject
    HbomExporter exporter;
    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Import a CycloneDX hardware BOM into the organization's sub-tier map", description = "Multipart "
            + "field file: the BOM (JSON or XML, CycloneDX 1.5 or 1.6); optional field decisions: JSON "
            + "{\"organizations\": {key: {\"organizationId\": 12} | {\"create\": true, \"hqCountry\": \"TW\", "
            + "\"kind\": \"COMPONENT_SUPPLIER\"}}, \"links\": {key: {\"share\": 0.5, \"criticality\": \"HIGH\"}}}, "
            + "with the keys the dry run reports. dryRun=true answers 200 with the report (companies matched, new or "
            + "to confirm, links, restricted parties, notes, decisionsNeeded) and writes nothing; without it, 201 with "
            + "what was created. 422 names every problem (place in the BOM or open decision) and imports nothing; "
            + "400 for a file that is not a CycloneDX BOM, 413 for one over the size limit")
    public Response importBom(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm("decisions") String decisions, @QueryParam("dryRun") boolean dryRun) {
        if (file == null) {
            throw new InvalidInputException("file", "send the BOM in the multipart form field \"file\"");
        }
        HbomDecisions decided = decisions(decisions);
        if (dryRun) {
            return Response.ok(service.preview(id, bytes(file), file.fileName(), decided)).build();
        }
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(service.importBom(id, bytes(file), file.fileName(), decided)).build();
    }

    @GET
    @Produces({HbomDownloads.JSON, HbomDownloads.XML})
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "The organization's supply tree as a CycloneDX 1.6 BOM", description = "format=json "
            + "(default) or xml. Each supply link is a component made by its supplier, nesting the supplier's own "
            + "links; item kind, share and criticality are custody: properties, so importing the file into an "
            + "organization gives it the same tree")
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        return HbomDownloads.of(exporter, id, format);
    }

    private HbomDecisions decisions(String text) {
        if (text == null || text.isBlank()) {
            return HbomDecisions.NONE;
        }
        try {
            return json.readValue(text, HbomDecisions.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("decisions", "is not the JSON of decisions: " + e.getOriginalMessage());
        }
    }

    static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
