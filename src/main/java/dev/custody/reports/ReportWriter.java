package dev.custody.reports;

/**
 * Renders report data into one file format. Implementations are CDI beans found through
 * {@code Instance<ReportWriter>}, so a new format (pdf, xlsx) plugs in without touching the report service.
 * The data is an {@link ExecutiveReportData} for {@link ReportKind#EXECUTIVE} and a {@link VendorDossierData}
 * for {@link ReportKind#VENDOR}. Writing must be deterministic for the same data: a snapshot re-rendered from its
 * stored data gives the same numbers.
 */
public interface ReportWriter {
    /** The format key as used in {@code ?format=}, lower case: "pdf", "xlsx". */
    String format();

    /** The media type of the file, for example "application/pdf". */
    String contentType();

    /** Whether this writer renders that kind of report. */
    boolean supports(ReportKind kind);

    /** The file for this data ({@link ExecutiveReportData} or {@link VendorDossierData} by kind). */
    byte[] write(ReportKind kind, Object data);
}
