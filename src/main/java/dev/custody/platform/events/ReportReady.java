package dev.custody.platform.events;

/** A report snapshot finished and its file can be downloaded (kind EXECUTIVE or VENDOR, format pdf or xlsx). */
public record ReportReady(long snapshotId, String kind, Long vendorId, String format, String generatedBy)
        implements PlatformEvent {
    public static final String TYPE = "dev.custody.report.ready";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return "reports/" + snapshotId;
    }
}
