package dev.custody.reports;

import dev.custody.security.Roles;
import dev.custody.web.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Executive reports and vendor dossiers: generated from a snapshot of the data, stored, downloadable again unchanged.
 * Executives, analysts and admins read and generate every report; procurement downloads vendor dossiers only.
 */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {
    static final int MAX_LIST = 500;

    @Inject
    ReportService reports;
    @Inject
    ReportsConfig config;

    @GET
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Report history", description = "The latest snapshots, newest first: kind, format, status "
            + "(QUEUED, RUNNING, DONE, FAILED), progress 0..100, who generated it, model and policy versions, "
            + "checksum and size; at most limit (default 50, at most 500)")
    public List<ReportView> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIST);
        }
        return reports.latest(limit).stream().map(ReportView::of).toList();
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "A snapshot's metadata and progress")
    public ReportView get(@PathParam("id") long id) {
        return ReportView.of(reports.get(id));
    }

    @GET
    @Path("{id: \\d+}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Download a snapshot's file again", description = "The identical bytes generated then "
            + "(ETag and X-Report-Checksum: their SHA-256); 409 while it is not DONE")
    public Response file(@PathParam("id") long id) {
        return download(reports.get(id), reports.file(id));
    }

    @GET
    @Path("{id: \\d+}/data")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "The numbers a snapshot used", description = "Its stored report data (JSON)")
    public Object data(@PathParam("id") long id) {
        return reports.data(id);
    }

    @POST
    @Path("{id: \\d+}/regenerate")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Re-render a snapshot from its stored data", description = "A new snapshot with the same "
            + "numbers (the data is not collected again), in the snapshot's format or ?format=; answers 201")
    @APIResponse(responseCode = "201", description = "Re-rendered as a new snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response regenerate(@PathParam("id") long id, @QueryParam("format") String format,
            @Context SecurityContext security) {
        ReportSnapshot s = reports.regenerate(id, format, user(security));
        return Response.created(URI.create("/api/reports/" + s.id)).entity(ReportView.of(s)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Queue a report generation", description = "Body {kind: EXECUTIVE|VENDOR, vendorId, format}; "
            + "answers 202 with the snapshot (QUEUED) and its Location; poll it until DONE, then GET its file")
    @APIResponse(responseCode = "202", description = "Queued; Location names the snapshot to poll",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response queue(ReportRequest request, @Context SecurityContext security) {
        if (request == null || request.kind() == null) {
            throw new InvalidInputException("kind", "must be EXECUTIVE or VENDOR");
        }
        if (request.kind() == ReportKind.VENDOR && request.vendorId() == null) {
            throw new InvalidInputException("vendorId", "is required for a vendor dossier: the id of the vendor");
        }
        long id = reports.queue(request, user(security), "api");
        return Response.accepted(ReportView.of(reports.get(id))).location(URI.create("/api/reports/" + id)).build();
    }

    @GET
    @Path("executive")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "The executive report now", description = "format=pdf (default) or xlsx; creates a "
            + "snapshot and answers its file (X-Report-Snapshot: its id). Portfolios above custody.reports."
            + "sync-max-vendors vendors are queued instead: 202 with the snapshot to poll")
    public Response executive(@QueryParam("format") @DefaultValue("pdf") String format,
            @Context SecurityContext security) {
        ReportRequest request = new ReportRequest(ReportKind.EXECUTIVE, null, format);
        if (dev.custody.network.Organization.count("kind", dev.custody.network.OrganizationKind.VENDOR)
                > config.syncMaxVendors()) {
            long id = reports.queue(request, user(security), "api");
            return Response.accepted(ReportView.of(reports.get(id))).location(URI.create("/api/reports/" + id))
                    .build();
        }
        return generated(reports.generate(request, user(security), "api"));
    }

    @GET
    @Path("vendor/{id: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN, Roles.PROCUREMENT})
    @Operation(summary = "A vendor's dossier now", description = "format=pdf (default) or xlsx; creates a snapshot "
            + "and answers its file; 404 for an unknown organization")
    public Response vendor(@PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format,
            @Context SecurityContext security) {
        return generated(reports.generate(new ReportRequest(ReportKind.VENDOR, id, format), user(security), "api"));
    }

    private Response generated(ReportSnapshot s) {
        if (s.status != ReportSnapshot.Status.DONE) {
            throw new IllegalStateException("Report " + s.id + " failed: " + s.error);
        }
        return download(s, reports.file(s.id));
    }

    static Response download(ReportSnapshot s, byte[] file) {
        ReportView view = ReportView.of(s);
        return Response.ok(file, s.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + view.fileName() + "\"")
                .header("ETag", "\"" + s.checksum + "\"")
                .header("X-Report-Snapshot", s.id)
                .header("X-Report-Checksum", s.checksum).build();
    }

    private static String user(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
