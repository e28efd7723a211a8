package dev.custody.reports.excel;

import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ReportKind;
import dev.custody.reports.ReportWriter;
import dev.custody.reports.VendorDossierData;
import jakarta.enterprise.context.ApplicationScoped;

/** The Excel workbook (xlsx) of both report kinds, streamed with POI SXSSF. */
@ApplicationScoped
public class ExcelReportWriter implements ReportWriter {
    public static final String FORMAT = "xlsx";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public boolean supports(ReportKind kind) {
        return true;
    }

    @Override
    public byte[] write(ReportKind kind, Object data) {
        return kind == ReportKind.EXECUTIVE ? ExecutiveWorkbook.write((ExecutiveReportData) data)
                : DossierWorkbook.write((VendorDossierData) data);
    }
}
