package dev.custody.reports;

/** What a report is about: the whole portfolio for executives, or one vendor for a supplier review. */
public enum ReportKind {
    EXECUTIVE, VENDOR
}
