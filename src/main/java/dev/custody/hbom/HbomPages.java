package dev.custody.hbom;

import dev.custody.network.Criticality;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.OrganizationService;
import dev.custody.network.pages.FormFlow;
import dev.custody.network.pages.ProfileQueries;
import dev.custody.network.transfer.ImportFileException;
import dev.custody.security.Roles;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The HBOM page of an organization, reached from its profile: upload a BOM, review the preview (companies matched,
 * new or to confirm; links with their default share and criticality), confirm; and the CycloneDX downloads.
 */
@Path("/organizations/{id}/hbom")
public class HbomPages {
    @Inject
    HbomService service;
    @Inject
    HbomUploads uploads;
    @Inject
    HbomExporter exporter;
    @Inject
    HbomConfig config;
    @Inject
    OrganizationService organizations;
    @Inject
    ProfileQueries queries;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String form(@PathParam("id") long id) {
        return upload(organizations.get(id), List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response preview(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        Organization organization = organizations.get(id);
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return FormFlow.html(400, upload(organization, List.of(new FieldError("file",
                    "Choose the BOM file (.json or .xml).")), null));
        }
        byte[] bytes = HbomResource.bytes(file);
        try {
            HbomReport report = service.preview(id, bytes, file.fileName(), HbomDecisions.NONE);
            long upload = uploads.store(id, bytes, file.fileName(), user());
            return FormFlow.html(200, review(organization, upload, report, new MultivaluedHashMap<>(), Map.of()));
        } catch (InvalidInputException e) {
            return FormFlow.html(e.status(), upload(organization, e.errors(), file.fileName()));
        }
    }

    @POST
    @Path("{upload}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response confirm(@PathParam("id") long id, @PathParam("upload") long uploadId,
            MultivaluedMap<String, String> form) {
        Organization organization = organizations.get(id);
        HbomUpload upload = uploads.find(uploadId, id, user()).orElseThrow(() -> new NotFoundException(
                "Hardware BOM upload", uploadId));
        Map<String, String> errors = new LinkedHashMap<>();
        HbomDecisions decisions = HbomForm.decisions(form, errors);
        if (errors.isEmpty()) {
            try {
                service.importBom(id, upload.content, upload.fileName, decisions);
                uploads.delete(uploadId);
                return Response.seeOther(URI.create("/organizations/" + id + "?saved=1#subtiers")).build();
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            }
        }
        return FormFlow.html(422, review(organization, uploadId, previewAgain(upload, decisions), form, errors));
    }

    @GET
    @Path("download")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response download(@PathParam("id") long id, @QueryParam("format") String format) {
        return HbomDownloads.of(exporter, id, format);
    }

    /** The preview with the decisions made, or without them when they themselves are refused. */
    private HbomReport previewAgain(HbomUpload upload, HbomDecisions decisions) {
        try {
            return service.preview(upload.organizationId, upload.content, upload.fileName, decisions);
        } catch (HbomRefused | ImportFileException e) {
            return service.preview(upload.organizationId, upload.content, upload.fileName, HbomDecisions.NONE);
        }
    }

    private String upload(Organization organization, List<FieldError> problems, String fileName) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "organizations");
        model.put("org", organization);
        model.put("problems", problems);
        model.put("fileName", fileName);
        model.put("maxMegabytes", String.format("%.1f", config.maxBytes() / 1048576.0));
        model.put("maxComponents", config.maxComponents());
        model.put("maxDepth", config.maxDepth());
        return page.render("hbom/upload", model);
    }

    private String review(Organization organization, long upload, HbomReport report, MultivaluedMap<String, String> form,
            Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "organizations");
        model.put("org", organization);
        model.put("upload", upload);
        model.put("report", report);
        model.put("rows", HbomForm.rows(report, form, errors));
        model.put("links", HbomForm.links(report, form, errors));
        model.put("errors", errors);
        model.put("countries", queries.countries());
        model.put("kinds", OrganizationKind.values());
        model.put("criticalities", Criticality.values());
        return page.render("hbom/preview", model);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
