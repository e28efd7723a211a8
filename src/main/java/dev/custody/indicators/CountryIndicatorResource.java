package dev.custody.indicators;

import dev.custody.network.transfer.ImportProblem;
import dev.custody.security.Roles;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Custom country indicators (any index as iso2,value) that the geography blends with their model weight. */
@Path("/api/country-indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Country indicators")
public class CountryIndicatorResource {
    static final String CSV = "text/csv";

    @Inject
    CountryIndicatorService service;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "List country indicators", description = "With their weight in the active and the draft model")
    public List<IndicatorView> list() {
        return service.list();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Get a country indicator", description = "With every country's value as imported and as 0..100 risk")
    public IndicatorView get(@PathParam("name") String name) {
        return service.get(name);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a country indicator from a multipart form", description = "Fields file (CSV with the "
            + "header iso2,value), name, direction (HIGHER_IS_RISKIER or HIGHER_IS_SAFER), weight, description, "
            + "source. All or nothing: 422 listing every bad row, 400 for bad fields. A new indicator's weight goes "
            + "into the draft model; re-importing one the active model weighs rescores at once")
    public Response upload(@RestForm("file") FileUpload file, @RestForm String name, @RestForm String direction,
            @RestForm String weight, @RestForm String description, @RestForm String source, @Context UriInfo uri) {
        if (file == null) {
            throw new InvalidInputException("file", "send the CSV file in the multipart field \"file\"");
        }
        return imported(new IndicatorRequest(name, direction, weight, description, source), read(file), uri);
    }

    @POST
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a country indicator from a CSV body", description = "The body is the CSV (header "
            + "iso2,value); name, direction, weight, description and source are query parameters. Otherwise as the "
            + "multipart import")
    public Response uploadCsv(byte[] body, @QueryParam("name") String name, @QueryParam("direction") String direction,
            @QueryParam("weight") String weight, @QueryParam("description") String description,
            @QueryParam("source") String source, @Context UriInfo uri) {
        return imported(new IndicatorRequest(name, direction, weight, description, source),
                body == null ? new byte[0] : body, uri);
    }

    @DELETE
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a country indicator", description = "409 while a draft or the active model weighs it")
    public Response delete(@PathParam("name") String name) {
        service.delete(name);
        return Response.noContent().build();
    }

    private Response imported(IndicatorRequest request, byte[] file, UriInfo uri) {
        try {
            CountryIndicatorService.Outcome outcome = service.importFile(request, file,
                    identity.getPrincipal().getName());
            return Response.status(outcome.created() ? 201 : 200).location(URI.create("/api/country-indicators/"
                    + URLEncoder.encode(outcome.name(), StandardCharsets.UTF_8).replace("+", "%20")))
                    .entity(outcome).build();
        } catch (IndicatorImportException e) {
            List<FieldError> errors = e.rows().stream().map(r -> new FieldError(r.field(), r.message())).toList();
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportProblem("about:blank", e.title(),
                    422, e.getMessage(), uri.getPath(), errors, e.rows())).build();
        }
    }

    static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
