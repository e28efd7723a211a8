package dev.custody.network.transfer;

import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The import page (upload form and row-by-row report) and the downloads the pages link to. */
@Path("/")
public class ImportPages {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    PageContext page;
    @Inject
    ImportService service;
    @Inject
    ImportConfig config;
    @Inject
    CsvExporter exporter;

    @GET
    @Path("import")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public String form() {
        return page.render("import/form", limits());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public Response upload(@RestForm("file") FileUpload file) {
        Map<String, Object> model = limits();
        int status;
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw ImportFileException.unreadable("Choose a file to import.");
            }
            model.put("fileName", file.fileName());
            ImportResult result = service.importFile(file.fileName(), file.uploadedFile(), file.size());
            model.put("result", result);
            status = result.succeeded() ? 200 : 422;
        } catch (ImportFileException e) {
            // shown on the result page next to the upload form rather than on the generic error page
            model.put("fileError", e.getMessage());
            status = e.status();
        }
        return Response.status(status).type(HTML).entity(page.render("import/result", model)).build();
    }

    @GET
    @Path("import/template.xlsx")
    @Produces(Downloads.XLSX)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response template() {
        return Downloads.template(config.maxRows() + 1);
    }

    @GET
    @Path("exports/organizations.csv")
    @Produces(Downloads.CSV)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response organizations() {
        return Downloads.organizations(exporter);
    }

    @GET
    @Path("exports/supply-links.csv")
    @Produces(Downloads.CSV)
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    public Response supplyLinks() {
        return Downloads.supplyLinks(exporter);
    }

    private Map<String, Object> limits() {
        Map<String, Object> model = new HashMap<>();
        model.put("maxSize", ImportFileReader.megabytes(config.maxBytes()));
        model.put("maxRows", config.maxRows());
        model.put("nav", "import");
        return model;
    }
}
