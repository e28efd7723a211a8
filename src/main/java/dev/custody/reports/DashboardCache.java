package dev.custody.reports;

import dev.custody.economics.assessnext.AssessNextService;
import dev.custody.economics.assessnext.AssessNextView;
import dev.custody.scoring.ScoringEngine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The dashboard's data (the executive report's, without a previous snapshot), computed once per revision of what it
 * shows and reused: the scoring engine's revision (scores, model, countries, the day) and the database's data
 * revision (every audited change: engagements, estimates, safeguards, purchase requests and decisions; the gate
 * policies). When either moved, the page shows the data it has, with its age, and the data are recomputed in the
 * background; only the very first look computes them while the reader waits.
 */
@ApplicationScoped
public class DashboardCache {
    private static final Logger LOG = Logger.getLogger(DashboardCache.class);

    /** Organizations the dashboard's "assess next" panel lists. */
    static final int ASSESS_NEXT = 5;

    /**
     * The data shown, whether newer changes are being included, when the data were computed, and the portfolio's
     * "assess next" of the same revision (seconds to compute at 100,000 organizations, so it is cached with the data).
     */
    public record Shown(ExecutiveReportData data, boolean stale, Instant computedAt, AssessNextView assessNext) {
    }

    /** What the data depend on beyond the scoring engine (standings: when a vendor's stored standing last moved). */
    record Revision(long engine, long audited, long policies, long standings) {
    }

    private record Entry(Revision revision, ExecutiveReportData data, AssessNextView assessNext) {
    }

    @Inject
    ReportDataCollector collector;
    @Inject
    AssessNextService assessNext;
    @Inject
    ScoringEngine engine;
    @Inject
    EntityManager em;
    @Inject
    ManagedExecutor executor;
    @Inject
    Clock clock;

    private volatile Entry current;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The dashboard's data: the cached data when current, else the last data while newer ones are computed. */
    public Shown get() {
        Revision revision = QuarkusTransaction.joiningExisting().call(this::revision);
        Entry entry = current;
        if (entry != null && entry.revision().equals(revision)) {
            return shown(entry, false);
        }
        if (entry == null) {
            synchronized (this) {
                if (current == null) {
                    compute(revision);
                }
            }
            return shown(current, false);
        }
        refreshInBackground();
        return shown(entry, true);
    }

    private static Shown shown(Entry entry, boolean stale) {
        return new Shown(entry.data(), stale, entry.data().generatedAt(), entry.assessNext());
    }

    /** Recomputes in the background unless a recomputation is running; it reads the revision afresh. */
    void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        executor.runAsync(() -> {
            try {
                compute(QuarkusTransaction.requiringNew().call(this::revision));
            } catch (RuntimeException e) {
                LOG.warnf(e, "The dashboard's data could not be recomputed; the next look tries again");
            } finally {
                refreshing.set(false);
            }
        });
    }

    /** The revision read before the data, so a change during the computation leaves the entry stale, not lost. */
    private void compute(Revision revision) {
        ExecutiveReportData data = collector.executive("dashboard", Instant.now(clock), null);
        current = new Entry(revision, data, assessNext.portfolio(ASSESS_NEXT));
    }

    /** The revision of what the data show now: the engine's counter and two indexed look-ups. */
    Revision revision() {
        long engineRevision = engine.revision();
        long[] values = em.unwrap(Session.class).doReturningWork(c -> {
            long[] v = new long[3];
            try (PreparedStatement audited = c.prepareStatement("select coalesce(max(id), 0) from revision_info");
                    ResultSet r = audited.executeQuery()) {
                r.next();
                v[0] = r.getLong(1);
            }
            try (PreparedStatement policies = c.prepareStatement("select count(*) * 1000003 + coalesce(sum(version * "
                    + "(case when status = 'ACTIVE' then 7 else 1 end)), 0) from gate_policy");
                    ResultSet r = policies.executeQuery()) {
                r.next();
                v[1] = r.getLong(1);
            }
            // A vendor's standing can move without an audited change (a screening list imported): its rows say when.
            try (PreparedStatement standings = c.prepareStatement("select max(computed_at) from vendor_standing");
                    ResultSet r = standings.executeQuery()) {
                r.next();
                java.sql.Timestamp at = r.getTimestamp(1);
                v[2] = at == null ? 0 : at.getTime() * 1000 + at.getNanos() / 1000 % 1000;
            }
            return v;
        });
        return new Revision(engineRevision, values[0], values[1], values[2]);
    }
}
