package dev.custody.reports.pdf;

import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ReportKind;
import dev.custody.reports.ReportWriter;
import dev.custody.reports.VendorDossierData;
import dev.custody.scoring.Band;
import dev.custody.scoring.Contribution;
import dev.custody.scoring.ScoreStore.StoredContributions;
import dev.custody.scoring.pages.ModelParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "pdf" format of both reports: the executive risk report and the vendor dossier, from their snapshot data. */
@ApplicationScoped
public class PdfReportWriter implements ReportWriter {
    static final String EXECUTIVE_TEMPLATE = "executive";
    static final String VENDOR_TEMPLATE = "vendor";

    @Inject
    PdfRenderer renderer;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public boolean supports(ReportKind kind) {
        return kind == ReportKind.EXECUTIVE || kind == ReportKind.VENDOR;
    }

    @Override
    public byte[] write(ReportKind kind, Object data) {
        return renderer.pdf(html(kind, data));
    }

    /** The XHTML the PDF is drawn from (the benchmark prints it with Chromium too). */
    public String html(ReportKind kind, Object data) {
        return switch (kind) {
            case EXECUTIVE -> renderer.html(EXECUTIVE_TEMPLATE, executive((ExecutiveReportData) data));
            case VENDOR -> renderer.html(VENDOR_TEMPLATE, vendor((VendorDossierData) data));
        };
    }

    /** A section of a report's table of contents: the anchor and the heading. */
    public record TocEntry(String id, String title) {
    }

    static final List<TocEntry> EXECUTIVE_TOC = List.of(new TocEntry("summary", "Where the money at risk is"),
            new TocEntry("trend", "Portfolio by band and trend"), new TocEntry("top", "Top vendors and their drivers"),
            new TocEntry("geography", "Geography exposure, including sub-tiers"),
            new TocEntry("custody", "Custody hot spots"), new TocEntry("plan", "Safeguard investment plan"),
            new TocEntry("gating", "Gating outcomes and overrides"), new TocEntry("incidents", "Incidents"),
            new TocEntry("methodology", "Appendix: methodology and model parameters"));

    static final List<TocEntry> VENDOR_TOC = List.of(new TocEntry("score", "Score and what drives it"),
            new TocEntry("network", "Sites, suppliers and custody"), new TocEntry("history", "Incidents and assessments"),
            new TocEntry("economics", "Economics and safeguards"),
            new TocEntry("gating", "Purchase requests and gate decisions"),
            new TocEntry("methodology", "Appendix: model parameters"));

    static Map<String, Object> executive(ExecutiveReportData data) {
        PdfFormats f = new PdfFormats();
        Map<String, Object> model = common(f, data.methodology().scoringModel());
        model.put("r", data);
        model.put("toc", EXECUTIVE_TOC);
        model.put("criticalVendors", data.summary().byBand().stream().filter(b -> b.band() == Band.CRITICAL)
                .mapToInt(ExecutiveReportData.BandCount::count).sum());
        model.put("bandChart", ReportCharts.bands(data.summary().byBand(), f));
        model.put("trendChart", ReportCharts.trend(data.trend(), f));
        model.put("geographyChart", ReportCharts.geography(data.geography().countries(), f));
        model.put("lossChart", ReportCharts.lossExceedance(data));
        return model;
    }

    static Map<String, Object> vendor(VendorDossierData data) {
        PdfFormats f = new PdfFormats();
        Map<String, Object> model = common(f, data.methodology().scoringModel());
        model.put("d", data);
        model.put("toc", VENDOR_TOC);
        model.put("lossChart", null);
        model.put("contributions", contributions(data.scores()));
        model.put("trendChart", ReportCharts.vendorTrend(data.trend(), f));
        if (data.economics() != null && data.economics().simulation() != null) {
            model.put("lossChart", ReportCharts.exceedance(data.economics().simulation().before()));
        }
        return model;
    }

    /** One part of a score's explanation as a table: the dimension and its contributions. */
    public record ContributionTable(String title, List<Contribution> rows) {
    }

    static List<ContributionTable> contributions(VendorDossierData.Scores scores) {
        StoredContributions c = scores == null ? null : scores.contributions();
        if (c == null) {
            return List.of();
        }
        List<ContributionTable> tables = new ArrayList<>();
        add(tables, "Own score by dimension", c.own());
        add(tables, "Geography", c.geography());
        add(tables, "Insider-threat exposure", c.insider());
        add(tables, "Incident history", c.incident());
        add(tables, "Inherited from suppliers and custody legs", c.inherited());
        return tables;
    }

    private static void add(List<ContributionTable> tables, String title, List<Contribution> rows) {
        if (rows != null && !rows.isEmpty()) {
            tables.add(new ContributionTable(title, rows));
        }
    }

    private static Map<String, Object> common(PdfFormats f, dev.custody.scoring.ScoringModel scoringModel) {
        Map<String, Object> model = new HashMap<>();
        model.put("f", f);
        model.put("parameters", scoringModel == null ? List.of() : ModelParameters.of(scoringModel, List.of()));
        return model;
    }
}
