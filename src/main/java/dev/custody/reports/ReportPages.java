package dev.custody.reports;

import dev.custody.network.pages.Formats;
import dev.custody.platform.Leases;
import dev.custody.security.Roles;
import dev.custody.web.PageContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The report history page (with background generation and its progress) and the executive dashboard. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {
    static final int HISTORY = 50;

    @Inject
    ReportService reports;
    @Inject
    ReportFormats formats;
    @Inject
    DashboardCache dashboard;
    @Inject
    SecurityIdentity identity;
    @Inject
    PageContext page;
    @Inject
    Leases leases;
    @Inject
    PageDownloads downloads;

    @GET
    @Path("reports")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    public String history(@QueryParam("queued") Long queued) {
        List<ReportView> list = reports.latest(HISTORY).stream().map(ReportView::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "reports");
        model.put("reports", list);
        model.put("formats", formats.formats(ReportKind.EXECUTIVE));
        // Refresh only while a generation is alive; one whose instance stopped answering is shown as stalled until
        // the sweep takes it over or fails it (ReportLeases), and then the page refreshes no more.
        Set<Long> stalled = list.stream().filter(r -> r.live() && leases.stale(r.lastSignOfLife())).map(ReportView::id)
                .collect(Collectors.toSet());
        model.put("stalled", stalled);
        model.put("busy", list.stream().anyMatch(r -> r.live() && !stalled.contains(r.id())));
        model.put("queued", queued == null ? null : list.stream().filter(r -> r.id() == queued).findFirst()
                .orElse(null));
        return page.render("reports/history", model);
    }

    @POST
    @Path("reports")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    public Response queue(@FormParam("format") String format) {
        long id = reports.queue(new ReportRequest(ReportKind.EXECUTIVE, null, format),
                identity.getPrincipal().getName(), "page");
        return Response.seeOther(URI.create("/reports?queued=" + id)).build();
    }

    /** Downloads for signed-in pages (the API takes HTTP Basic only): a new snapshot's file. */
    @GET
    @Path("reports/executive")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    public Response executive(@QueryParam("format") String format) {
        return file(new ReportRequest(ReportKind.EXECUTIVE, null, format));
    }

    @GET
    @Path("reports/vendor/{id: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN, Roles.PROCUREMENT})
    public Response vendor(@jakarta.ws.rs.PathParam("id") long id, @QueryParam("format") String format) {
        return file(new ReportRequest(ReportKind.VENDOR, id, format));
    }

    /** A stored report's file; procurement (who may download vendor dossiers) sees vendor dossiers only. */
    @GET
    @Path("reports/{id: \\d+}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN, Roles.PROCUREMENT})
    public Response stored(@jakarta.ws.rs.PathParam("id") long id) {
        ReportSnapshot s = visible(reports.get(id));
        return ReportResource.download(s, reports.file(id));
    }

    /** How far a report is, refreshing until it is done; then it starts the download and offers a link. */
    @GET
    @Path("reports/{id: \\d+}/progress")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN, Roles.PROCUREMENT})
    public String progress(@jakarta.ws.rs.PathParam("id") long id) {
        ReportView r = ReportView.of(visible(reports.get(id)));
        boolean stalled = r.live() && leases.stale(r.lastSignOfLife());
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "reports");
        model.put("r", r);
        model.put("stalled", stalled);
        model.put("busy", r.live() && !stalled);
        return page.render("reports/progress", model);
    }

    private ReportSnapshot visible(ReportSnapshot s) {
        boolean readsAll = identity.hasRole(Roles.EXECUTIVE) || identity.hasRole(Roles.ANALYST)
                || identity.hasRole(Roles.ADMIN);
        if (!readsAll && s.kind != ReportKind.VENDOR) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return s;
    }

    private Response file(ReportRequest request) {
        return downloads.download(request, identity.getPrincipal().getName());
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    public String dashboard() {
        DashboardCache.Shown shown = dashboard.get();
        ExecutiveReportData data = shown.data();
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "dashboard");
        model.put("d", data);
        model.put("stale", shown.stale());
        model.put("computedAt", new Formats(Map.of()).minute(shown.computedAt()));
        model.put("charts", DashboardCharts.of(data));
        model.put("money", new CompactMoney(data.currency()));
        model.put("formats", formats.formats(ReportKind.EXECUTIVE));
        model.put("assessNext", shown.assessNext());
        return page.render("reports/dashboard", model);
    }
}
