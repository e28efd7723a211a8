package dev.custody.gating.screening;

import dev.custody.network.transfer.ImportProblem;
import dev.custody.scoring.ScheduledRuns;
import dev.custody.security.Roles;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import dev.custody.web.NotFoundException;
import dev.custody.web.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The US Consolidated Screening List the gate screens against besides the seeded parties; administrators import it. */
@Path("/api/screening-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screening lists")
public class ScreeningListResource {
    static final int MAX_RUNS = 100;

    @Inject
    ScreeningRefresh refresh;
    @Inject
    ScreeningRefreshConfig refreshConfig;
    @Inject
    ScreeningService service;
    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The screening list in force", description = "Source, imported at and by, parties, names "
            + "(with aliases) and the file's SHA-256; 404 before the first import")
    public ScreeningListView inForce() {
        return service.inForce().map(ScreeningListView::of)
                .orElseThrow(() -> new NotFoundException("Screening list", "in force"));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the Consolidated Screening List from a multipart form", description = "Field file: "
            + "the CSV as the ITA publishes it (29-column header). Replaces the list in force all or nothing: 422 "
            + "listing every problem (header, column count, blank name, size, binary content) keeps the old list")
    public Response upload(@RestForm("file") FileUpload file, @Context UriInfo uri) {
        if (file == null) {
            throw new InvalidInputException("file", "send the CSV file in the multipart field \"file\"");
        }
        return imported(read(file), file.fileName(), uri);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the Consolidated Screening List from a CSV body", description = "The body is the CSV; "
            + "fileName an optional query parameter to record. Otherwise as the multipart import")
    public Response uploadCsv(byte[] body, @QueryParam("fileName") String fileName, @Context UriInfo uri) {
        return imported(body == null ? new byte[0] : body, fileName, uri);
    }

    @GET
    @Path("/refresh-runs")
    @RolesAllowed({Roles.ANALYST, Roles.EXECUTIVE, Roles.PROCUREMENT, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The scheduled refresh of the screening list", description = "Its source (null when none is "
            + "configured), cron (UTC), period in days, and the latest runs, newest first: period start, status "
            + "RUNNING, SUCCEEDED or FAILED with the reason, who triggered it; at most limit (default 10, at most 100)")
    public RefreshView refreshRuns(@QueryParam("limit") @DefaultValue("10") int limit) {
        if (limit < 1 || limit > MAX_RUNS) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_RUNS);
        }
        return RefreshView.of(refresh, refreshConfig, limit);
    }

    @POST
    @Path("/refresh-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Refresh the screening list from its source now", description = "As the schedule would: "
            + "claims this period's run (once per period across instances) and answers it, SUCCEEDED or FAILED (the "
            + "list in force stays on failure). 409 when no source is configured, or when this period's refresh "
            + "already succeeded or is running; an upload replaces the list regardless")
    public RefreshView.Run refreshNow(@Context SecurityContext security) {
        ScheduledRuns.Outcome outcome = refresh.run(security.getUserPrincipal().getName()).orElseThrow(() ->
                new ConflictException("No source is configured for the screening list refresh "
                        + "(custody.gating.screening.refresh.source)."));
        if (!outcome.ran()) {
            throw new ConflictException(RefreshMessages.skipped(outcome.run()));
        }
        return RefreshView.Run.of(outcome.run());
    }

    private Response imported(byte[] file, String fileName, UriInfo uri) {
        try {
            ScreeningList list = service.importFile(file, fileName, identity.getPrincipal().getName());
            return Response.created(URI.create("/api/screening-lists")).entity(ScreeningListView.of(list)).build();
        } catch (ScreeningImportException e) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportProblem("about:blank", e.title(),
                    422, e.getMessage(), uri.getPath(), e.rows().stream()
                            .map(r -> new FieldError(r.row() == 0 ? "file" : r.field(), r.message())).toList(),
                    e.rows())).build();
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
