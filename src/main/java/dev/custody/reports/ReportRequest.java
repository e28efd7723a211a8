package dev.custody.reports;

/** What to generate: the executive report or one vendor's dossier, in a format ("pdf", "xlsx"). */
public record ReportRequest(ReportKind kind, Long vendorId, String format) {
}
