package dev.custody.reports;

import dev.custody.economics.assessnext.AssessNextService;
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
import java.time.Clock;
import java.time.Instant;
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
    static final int DASHBOARD_ASSESS_NEXT = 5;

    @Inject
    ReportService reports;
    @Inject
    ReportFormats formats;
    @Inject
    ReportDataCollector collector;
    @Inject
    SecurityIdentity identity;
    @Inject
    PageContext page;
    @Inject
    AssessNextService assessNext;
    @Inject
    Clock clock;
    @Inject
    Leases leases;

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

    @GET
    @Path("reports/{id: \\d+}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    public Response stored(@jakarta.ws.rs.PathParam("id") long id) {
        return ReportResource.download(reports.get(id), reports.file(id));
    }

    private Response file(ReportRequest request) {
        ReportSnapshot s = reports.generate(request, identity.getPrincipal().getName(), "page");
        if (s.status != ReportSnapshot.Status.DONE) {
            throw new IllegalStateException("Report " + s.id + " failed: " + s.error);
        }
        return ReportResource.download(s, reports.file(s.id));
    }

    @GET
    @Path("dashboard")
    @RolesAllowed({Roles.EXECUTIVE, Roles.ANALYST, Roles.ADMIN})
    public String dashboard() {
        ExecutiveReportData data = collector.executive(identity.getPrincipal().getName(), Instant.now(clock), null);
        Map<String, Object> model = new HashMap<>();
        model.put("nav", "dashboard");
        model.put("d", data);
        model.put("charts", DashboardCharts.of(data));
        model.put("formats", formats.formats(ReportKind.EXECUTIVE));
        model.put("assessNext", assessNext.portfolio(DASHBOARD_ASSESS_NEXT));
        return page.render("reports/dashboard", model);
    }
}
