package dev.custody.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Report downloads from the pages: the report is queued and, when it is ready within a short wait (a second), its
 * file is the answer; otherwise the browser goes to the report's progress page, which shows how far it is and
 * fetches the file when it is done, so nobody stares at a page that seems to do nothing.
 */
@ApplicationScoped
public class PageDownloads {
    private static final long POLL_MILLIS = 50;

    @Inject
    ReportService reports;

    @ConfigProperty(name = "custody.report-downloads.wait", defaultValue = "1s")
    Duration wait;

    Duration waitFor() {
        return wait;
    }

    /** Changes the wait (tests follow the progress page with none). */
    void waitFor(Duration newWait) {
        this.wait = newWait;
    }

    /** The file when it is ready in time, else a redirect (303) to the report's progress page. */
    Response download(ReportRequest request, String user) {
        long id = reports.queue(request, user, "page");
        ReportSnapshot s = awaitBriefly(id);
        if (s.status == ReportSnapshot.Status.DONE) {
            return ReportResource.download(s, reports.file(id));
        }
        return Response.seeOther(URI.create("/reports/" + id + "/progress")).build();
    }

    private ReportSnapshot awaitBriefly(long id) {
        long deadline = System.nanoTime() + wait.toNanos();
        ReportSnapshot s = reports.get(id);
        while (s.status != ReportSnapshot.Status.DONE && s.status != ReportSnapshot.Status.FAILED
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return s;
            }
            s = reports.get(id);
        }
        return s;
    }
}
