package dev.custody.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.platform.events.PlatformEvent;
import dev.custody.platform.events.ReportReady;
import dev.custody.platform.FatalErrors;
import dev.custody.platform.Leases;
import dev.custody.web.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Generates reports as snapshots: collects the data, renders it with the writer of the format, stores data, file and
 * checksum. Synchronously, or queued on the managed executor with progress recorded as it goes. Each step commits in
 * a short transaction of its own, so progress is visible to other requests while the work runs.
 *
 * <p>A snapshot being generated names this instance and is leased (ReportLeases): its heartbeat is written while the
 * work runs, and every step writes only while this instance still owns the row, so a generation another instance took
 * over (this one looked dead) stops here instead of writing over the new one.
 */
@ApplicationScoped
public class ReportService {
    static final int MAX_ERROR = 2000;
    private static final Logger LOG = Logger.getLogger(ReportService.class);

    @Inject
    ReportFormats formats;
    @Inject
    ReportDataCollector collector;
    @Inject
    DossierCollector dossiers;
    @Inject
    SnapshotCodec codec;
    @Inject
    ObjectMapper mapper;
    @Inject
    ManagedExecutor executor;
    @Inject
    Clock clock;
    @Inject
    Leases leases;
    @Inject
    ReportLeases reportLeases;
    @Inject
    FatalErrors fatalErrors;
    @Inject
    Event<PlatformEvent> events;

    /** Generates now and answers the finished snapshot (DONE, or FAILED with the error). */
    public ReportSnapshot generate(ReportRequest request, String user, String source) {
        long id = queue(request, user, source, false);
        try (Leases.Lease lease = leases.hold(reportLeases, id)) {
            run(id);
        }
        return get(id);
    }

    /** Queues a generation in the background and answers the new snapshot's id. */
    public long queue(ReportRequest request, String user, String source) {
        return queue(request, user, source, true);
    }

    private long queue(ReportRequest request, String user, String source, boolean background) {
        formats.writer(request.kind(), request.format());
        if (request.kind() == ReportKind.VENDOR && (request.vendorId() == null
                || QuarkusTransaction.requiringNew().call(() -> Organization.findById(request.vendorId())) == null)) {
            throw new NotFoundException("Organization", request.vendorId());
        }
        long id = QuarkusTransaction.requiringNew().call(() -> create(request, user, source, null, background).id);
        if (background) {
            resume(id);
        }
        return id;
    }

    /** Generates a queued snapshot this instance owns (queued here, or taken over) on the managed executor. */
    void resume(long id) {
        Leases.Lease lease = leases.hold(reportLeases, id);
        try {
            executor.runAsync(() -> {
                try {
                    run(id);
                } finally {
                    lease.close();
                }
            });
        } catch (RuntimeException e) {
            lease.close();
            LOG.errorf(e, "Report %d could not be queued", id);
            fail(id, e);
        }
    }

    /** Renders a new snapshot from the stored data of an earlier one (same numbers), in its format or another. */
    public ReportSnapshot regenerate(long sourceId, String format, String user) {
        ReportSnapshot source = finished(get(sourceId));
        ReportRequest request = new ReportRequest(source.kind, source.vendorId, format == null ? source.format : format);
        ReportWriter writer = formats.writer(request.kind(), request.format());
        byte[] data = QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>findById(sourceId).data);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ReportSnapshot s = create(request, user, "regenerate", sourceId, false);
            s.scoringModelVersion = source.scoringModelVersion;
            s.gatePolicyVersion = source.gatePolicyVersion;
            return s.id;
        });
        try (Leases.Lease lease = leases.hold(reportLeases, id)) {
            render(id, writer, request.kind(), codec.decode(request.kind(), data), data);
        }
        return get(id);
    }

    public ReportSnapshot get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Report", id)));
    }

    /** The stored file of a finished snapshot. */
    public byte[] file(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportSnapshot s = ReportSnapshot.<ReportSnapshot>findByIdOptional(id)
                    .orElseThrow(() -> new NotFoundException("Report", id));
            return finished(s).file;
        });
    }

    /** The snapshot if it is DONE: 409 while it is being generated, 410 once it failed (it never will be). */
    private static ReportSnapshot finished(ReportSnapshot s) {
        if (s.status == ReportSnapshot.Status.FAILED) {
            throw new ReportFailedException(s);
        }
        if (s.status != ReportSnapshot.Status.DONE) {
            throw new dev.custody.web.ConflictException("Report " + s.id + " is still being generated (" + s.progress
                    + " %); its file is not ready yet");
        }
        return s;
    }

    /** The stored data of a finished snapshot, as the record of its kind. */
    public Object data(long id) {
        finished(get(id));
        byte[] data = QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Report", id)).data);
        if (data == null) {
            throw new dev.custody.web.ConflictException("Report " + id + " has no data yet");
        }
        return codec.decode(get(id).kind, data);
    }

    /** Metadata of the latest snapshots, newest first (no data, no file). */
    public List<ReportSnapshot> latest(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>find(
                "order by requestedAt desc, id desc").page(0, limit).list());
    }

    /** Collects and renders a queued snapshot; a failure is recorded on it, never thrown. */
    void run(long id) {
        ReportSnapshot s = get(id);
        try {
            ReportWriter writer = formats.writer(s.kind, s.format);
            progress(id, ReportSnapshot.Status.RUNNING, 10);
            Object data = collect(s);
            progress(id, ReportSnapshot.Status.RUNNING, 60);
            render(id, writer, s.kind, data, codec.encode(data));
        } catch (LeaseLost e) {
            LOG.warnf("Report %d was taken over by %s; this instance stops generating it", id, e.getMessage());
        } catch (OutOfMemoryError e) {
            // Not recorded on the snapshot: its lease lapses, and the sweep retries it or fails it with the reason.
            fatalErrors.record(e, "generating report " + id);
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Report %d failed", id);
            fail(id, e);
        }
    }

    private Object collect(ReportSnapshot s) {
        Instant now = Instant.now(clock);
        if (s.kind == ReportKind.VENDOR) {
            VendorDossierData data = dossiers.vendor(s.vendorId, s.generatedBy, now);
            versions(s.id, data.methodology());
            return data;
        }
        ExecutiveReportData data = collector.executive(s.generatedBy, now, previous(s.id).orElse(null));
        versions(s.id, data.methodology());
        return data;
    }

    /** The latest finished executive snapshot before this one. */
    private Optional<PreviousSnapshot> previous(long before) {
        Optional<ReportSnapshot> last = QuarkusTransaction.requiringNew().call(() -> ReportSnapshot
                .<ReportSnapshot>find("kind = ?1 and status = ?2 and id < ?3 order by generatedAt desc, id desc",
                        ReportKind.EXECUTIVE, ReportSnapshot.Status.DONE, before).firstResultOptional());
        return last.map(p -> new PreviousSnapshot(p.id, (ExecutiveReportData) codec.decode(ReportKind.EXECUTIVE,
                QuarkusTransaction.requiringNew().call(() -> ReportSnapshot.<ReportSnapshot>findById(p.id).data))));
    }

    private void render(long id, ReportWriter writer, ReportKind kind, Object data, byte[] encoded) {
        byte[] file = writer.write(kind, data);
        Instant generatedAt = kind == ReportKind.EXECUTIVE ? ((ExecutiveReportData) data).generatedAt()
                : ((VendorDossierData) data).generatedAt();
        QuarkusTransaction.requiringNew().run(() -> {
            ReportSnapshot s = mine(id);
            s.data = encoded;
            s.file = file;
            s.contentType = writer.contentType();
            s.checksum = SnapshotCodec.sha256(file);
            s.sizeBytes = (long) file.length;
            s.generatedAt = generatedAt;
            s.status = ReportSnapshot.Status.DONE;
            s.progress = 100;
            events.fire(new ReportReady(s.id, s.kind.name(), s.vendorId, s.format, s.generatedBy));
        });
    }

    private void versions(long id, Methodology m) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReportSnapshot s = mine(id);
            s.scoringModelVersion = m.scoringModelVersion();
            s.gatePolicyVersion = m.gatePolicyVersion();
        });
    }

    private void progress(long id, ReportSnapshot.Status status, int progress) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReportSnapshot s = mine(id);
            s.status = status;
            s.progress = progress;
        });
    }

    /** The snapshot, locked, while this instance owns it; LeaseLost once another instance took it over. */
    private ReportSnapshot mine(long id) {
        ReportSnapshot s = ReportSnapshot.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (!leases.owner().equals(s.leaseOwner)) {
            throw new LeaseLost(s.leaseOwner);
        }
        return s;
    }

    /** Another instance owns the snapshot now: this one writes nothing more to it. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(String owner) {
            super(owner);
        }
    }

    private void fail(long id, RuntimeException cause) {
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ReportSnapshot s = mine(id);
                s.status = ReportSnapshot.Status.FAILED;
                s.error = message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR);
            });
        } catch (LeaseLost e) {
            LOG.warnf("Report %d was taken over by %s; its failure here is not recorded", id, e.getMessage());
        }
    }

    private ReportSnapshot create(ReportRequest request, String user, String source, Long sourceSnapshotId,
            boolean background) {
        ReportSnapshot s = new ReportSnapshot();
        s.leaseOwner = leases.owner();
        s.heartbeatAt = leases.now();
        s.background = background;
        s.kind = request.kind();
        s.vendorId = request.kind() == ReportKind.VENDOR ? request.vendorId() : null;
        s.format = request.format().trim().toLowerCase(java.util.Locale.ROOT);
        s.status = ReportSnapshot.Status.QUEUED;
        s.requestedAt = Instant.now(clock);
        s.generatedBy = user;
        s.triggerSource = source;
        s.sourceSnapshotId = sourceSnapshotId;
        s.parameters = json(new ReportRequest(s.kind, s.vendorId, s.format));
        s.persist();
        return s;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
