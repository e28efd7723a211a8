package dev.custody.reports;

/** The last executive snapshot before a new one, for the "change since" line. */
public record PreviousSnapshot(long id, ExecutiveReportData data) {
}
