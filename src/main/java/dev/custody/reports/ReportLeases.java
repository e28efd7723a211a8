package dev.custody.reports;

import dev.custody.platform.LeaseConfig;
import dev.custody.platform.LeasedWork;
import dev.custody.platform.Leases;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The leases of report generations: the heartbeat of the snapshots this instance generates, and the sweep for those
 * whose instance stopped answering. A queued (background) report is taken over and generated again here, up to
 * custody.leases.report-attempts starts in all; a report generated while a request waited is failed (that request
 * ended with its instance, nobody waits for the file), as is a queued one out of attempts, with the reason in words.
 */
@ApplicationScoped
public class ReportLeases implements LeasedWork<Long> {
    /** How every reason of this sweep begins (the history page and the 410 show such reasons in full). */
    static final String STOPPED = "Stopped:";
    static final List<ReportSnapshot.Status> LIVE = List.of(ReportSnapshot.Status.QUEUED, ReportSnapshot.Status.RUNNING);
    private static final Logger LOG = Logger.getLogger(ReportLeases.class);

    @Inject
    ReportService reports;
    @Inject
    LeaseConfig config;

    @Override
    public String kind() {
        return "report";
    }

    @Override
    public void heartbeat(String owner, Collection<Long> ids, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> ReportSnapshot.update(
                "heartbeatAt = ?1 where id in ?2 and leaseOwner = ?3 and status in ?4", now, ids, owner, LIVE));
    }

    @Override
    public int sweep(Leases leases, Instant cutoff, Instant now) {
        List<ReportSnapshot> stale = QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>list(
                "status in ?1 and coalesce(heartbeatAt, requestedAt) < ?2 order by id", LIVE, cutoff));
        int settled = 0;
        for (ReportSnapshot s : stale) {
            if (leases.holds(this, s.id)) {
                continue;
            }
            if (s.background && s.attempts < config.reportAttempts()) {
                if (takeOver(s, cutoff, now, leases.owner())) {
                    LOG.warnf("Report %d: instance %s stopped answering; generating it here (attempt %d)", s.id,
                            s.leaseOwner, s.attempts + 1);
                    reports.resume(s.id);
                    settled++;
                }
            } else if (fail(s, cutoff, reason(s))) {
                LOG.warnf("Report %d: instance %s stopped answering; failed", s.id, s.leaseOwner);
                settled++;
            }
        }
        return settled;
    }

    private static boolean takeOver(ReportSnapshot s, Instant cutoff, Instant now, String owner) {
        return QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.update("leaseOwner = ?1, heartbeatAt = ?2, "
                + "attempts = attempts + 1, status = ?3, progress = 0, error = null "
                + "where id = ?4 and status in ?5 and coalesce(heartbeatAt, requestedAt) < ?6",
                owner, now, ReportSnapshot.Status.QUEUED, s.id, LIVE, cutoff)) == 1;
    }

    private static boolean fail(ReportSnapshot s, Instant cutoff, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.update("status = ?1, error = ?2 "
                + "where id = ?3 and status in ?4 and coalesce(heartbeatAt, requestedAt) < ?5",
                ReportSnapshot.Status.FAILED, reason, s.id, LIVE, cutoff)) == 1;
    }

    /** The reason in words; it starts with "Stopped:", which the history page shows in full beside "Failed". */
    static String reason(ReportSnapshot s) {
        String who = s.leaseOwner == null ? "an instance of an earlier version" : s.leaseOwner;
        String since = Leases.inWords(s.lastSignOfLife());
        if (s.background) {
            return String.format(STOPPED + " the instance generating it (%s) stopped answering, no sign of life since "
                    + "%s, after %d %s. Not started again: generate it again, and if it stops again look at the "
                    + "instances' logs (an instance that runs out of memory stops).", who, since, s.attempts,
                    s.attempts == 1 ? "start" : "starts");
        }
        return String.format(STOPPED + " the instance generating it (%s) stopped answering, no sign of life since %s; "
                + "the request waiting for the file ended with it. Generate the report again.", who, since);
    }
}
