package dev.custody.reports;

import java.time.Instant;

/** A snapshot's metadata as the API and the history page show it (never its data or file). */
public record ReportView(long id, ReportKind kind, Long vendorId, String format, ReportSnapshot.Status status,
        int progress, Instant requestedAt, Instant generatedAt, String generatedBy, String triggerSource,
        Integer scoringModelVersion, Integer gatePolicyVersion, String parameters, String contentType,
        String checksum, Long sizeBytes, Long sourceSnapshotId, String error, String file) {

    static ReportView of(ReportSnapshot s) {
        return new ReportView(s.id, s.kind, s.vendorId, s.format, s.status, s.progress, s.requestedAt, s.generatedAt,
                s.generatedBy, s.triggerSource, s.scoringModelVersion, s.gatePolicyVersion, s.parameters,
                s.contentType, s.checksum, s.sizeBytes, s.sourceSnapshotId, s.error,
                s.status == ReportSnapshot.Status.DONE ? "/api/reports/" + s.id + "/file" : null);
    }

    /** The file name a download gets: custody-executive-2026-01-31-12.xlsx, custody-vendor-7-...-12.pdf. */
    public String fileName() {
        String day = generatedAt == null ? "" : generatedAt.toString().substring(0, 10) + "-";
        String what = kind == ReportKind.EXECUTIVE ? "executive" : "vendor-" + vendorId;
        return "custody-" + what + "-" + day + id + "." + format;
    }
}
