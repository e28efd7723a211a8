package dev.custody.reports;

import java.time.Instant;

/**
 * A snapshot's metadata as the API and the history page show it (never its data or file); instance and heartbeatAt
 * say which instance generates it and when it last said it was alive, attempts how many times it was started.
 */
public record ReportView(long id, ReportKind kind, Long vendorId, String format, ReportSnapshot.Status status,
        int progress, Instant requestedAt, Instant generatedAt, String generatedBy, String triggerSource,
        Integer scoringModelVersion, Integer gatePolicyVersion, String parameters, String contentType,
        String checksum, Long sizeBytes, Long sourceSnapshotId, String error, String file, String instance,
        Instant heartbeatAt, int attempts, boolean background) {

    static ReportView of(ReportSnapshot s) {
        return new ReportView(s.id, s.kind, s.vendorId, s.format, s.status, s.progress, s.requestedAt, s.generatedAt,
                s.generatedBy, s.triggerSource, s.scoringModelVersion, s.gatePolicyVersion, s.parameters,
                s.contentType, s.checksum, s.sizeBytes, s.sourceSnapshotId, s.error,
                s.status == ReportSnapshot.Status.DONE ? "/api/reports/" + s.id + "/file" : null, s.leaseOwner,
                s.heartbeatAt, s.attempts, s.background);
    }

    /** Still to finish (QUEUED or RUNNING). */
    public boolean live() {
        return status == ReportSnapshot.Status.QUEUED || status == ReportSnapshot.Status.RUNNING;
    }

    /** When it last showed a sign of life: its heartbeat, or its request. */
    public Instant lastSignOfLife() {
        return heartbeatAt != null ? heartbeatAt : requestedAt;
    }

    /** The file name a download gets: custody-executive-2026-01-31-12.xlsx, custody-vendor-7-...-12.pdf. */
    public String fileName() {
        String day = generatedAt == null ? "" : generatedAt.toString().substring(0, 10) + "-";
        String what = kind == ReportKind.EXECUTIVE ? "executive" : "vendor-" + vendorId;
        return "custody-" + what + "-" + day + id + "." + format;
    }
}
