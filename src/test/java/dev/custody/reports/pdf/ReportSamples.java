package dev.custody.reports.pdf;

import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.Change;
import dev.custody.reports.ExecutiveReportData.CountryExposure;
import dev.custody.reports.ExecutiveReportData.CurvePoint;
import dev.custody.reports.ExecutiveReportData.Decision;
import dev.custody.reports.ExecutiveReportData.Driver;
import dev.custody.reports.ExecutiveReportData.ExitLine;
import dev.custody.reports.ExecutiveReportData.GateLine;
import dev.custody.reports.ExecutiveReportData.Gating;
import dev.custody.reports.ExecutiveReportData.GeographyExposure;
import dev.custody.reports.ExecutiveReportData.HotSpot;
import dev.custody.reports.ExecutiveReportData.IncidentLine;
import dev.custody.reports.ExecutiveReportData.InvestmentPlan;
import dev.custody.reports.ExecutiveReportData.PathStep;
import dev.custody.reports.ExecutiveReportData.PlanLine;
import dev.custody.reports.ExecutiveReportData.StandingCount;
import dev.custody.reports.ExecutiveReportData.StandingLine;
import dev.custody.reports.ExecutiveReportData.Standings;
import dev.custody.reports.ExecutiveReportData.Summary;
import dev.custody.reports.ExecutiveReportData.TopVendor;
import dev.custody.reports.ExecutiveReportData.TrendPoint;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.reports.Methodology;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreRange;
import dev.custody.scoring.ScoringModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built report data for the PDF tests: a small portfolio whose first vendor has the given name. */
final class ReportSamples {
    static final Instant AT = Instant.parse("2026-11-01T03:00:00Z");

    private ReportSamples() {
    }

    static ExecutiveReportData executive(String vendorName, String incidentTitle) {
        Methodology methodology = new Methodology(3, ScoringModel.defaults(), 2, 10_000, 42L, 70.0,
                "A jurisdiction is high-risk when its geography score G is at least 70.", 10);
        List<BandCount> bands = List.of(new BandCount(Band.LOW, 1), new BandCount(Band.MEDIUM, 2),
                new BandCount(Band.HIGH, 3), new BandCount(Band.CRITICAL, 4));
        Change change = new Change(7L, AT.minusSeconds(30L * 86_400), 12_345.67, -2_000.5,
                List.of(new BandCount(Band.LOW, 0), new BandCount(Band.MEDIUM, -1), new BandCount(Band.HIGH, 0),
                        new BandCount(Band.CRITICAL, 1)), 2, 1);
        Summary summary = new Summary(1_234_567.89, 2_500_000.12, 4_876_543.21, 10, bands, 1, change,
                List.of(new Decision("FUND_PLAN", "Approve the safeguard budget", "The plan pays for itself.", 98_765.43, null, "/economics"),
                        new Decision("REVIEW_VENDOR", "Review " + vendorName, "Critical, with the largest ALE.", 654_321.0, 1L, "/organizations/1"),
                        new Decision("OVERRIDE", "Confirm an override", "A rejected request was overridden.", null, null, "/purchase-requests/11")));
        List<VendorLine> vendors = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            vendors.add(new VendorLine(i, i == 1 ? vendorName : "Vendor " + i, "CN", 1, 60 + i, 70 + i, Band.CRITICAL,
                    0.1, 10_000.0 * i, 1_000_000.0, 500.0 * i, "EUR", new ScoreRange(62 + i, 70 + i, 81 + i), 0.4));
        }
        List<TopVendor> top = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            top.add(new TopVendor(i, i == 1 ? vendorName : "Vendor " + i, "CN", 90 - i, Band.CRITICAL, 100_000.0 - i,
                    List.of(new Driver("SUPPLIER", "Supplier Foundry " + i + " (critical link)", 22.5, false),
                            new Driver("INCIDENT", "Incident: implant report", 11.25, i == 1)),
                    List.of(new PathStep(i, "Vendor " + i, null, 80), new PathStep(100 + i, "Foundry " + i, "FPGA", 60)),
                    "Inherited " + (90 - i) + ".0, range " + (84 - i) + ".0–" + (95 - i) + ".0; own 60.0, range "
                            + "55.0–70.0, 40 % of the insider-threat weight assessed."));
        }
        GeographyExposure geography = new GeographyExposure(3_000_000.0, 1_111_111.11, 0.37037, List.of(
                new CountryExposure("CN", "China", 85.0, true, 7, 5, 900_000.0),
                new CountryExposure("RU", "Russia", 92.0, true, 2, 2, 211_111.11),
                new CountryExposure("DE", "Germany", 22.0, false, 4, 1, 50_000.0)));
        List<HotSpot> hotSpots = List.of(new HotSpot(1, 1, vendorName, 1, "FREIGHT_FORWARDER", 50, "Fast Freight", "HK",
                false, true, false, 77.7));
        InvestmentPlan plan = new InvestmentPlan(98_765.43, 1_234_567.89, 800_000.0, 434_567.89, 3.4, 454_164.42,
                false, 0.05, List.of(new PlanLine(1, vendorName, List.of("X-ray inspection", "Tamper seals"), 50_000.0,
                        600_000.0, 250_000.0, 4.0, 220_728.0, false, 0.08, true, List.of("Firmware attestation"), 12_000.0)),
                12_000.0, 30_000.0, List.of(new ExitLine(2, "Vendor 2", 20_000.0, "A restricted party three tiers down.")));
        Gating gating = new Gating(5, 2, 1, 1, List.of(new GateLine(11, 1, vendorName, "Router", 20, "CRITICAL",
                "APPROVED", "OVERRIDE", true, "cfo", AT.minusSeconds(86_400), 80.0, 60.0, 2,
                "Board accepted the risk for the pilot", null, "Approved by override")));
        List<IncidentLine> incidents = List.of(
                new IncidentLine(1, 1, vendorName, LocalDate.parse("2026-03-04"), "HARDWARE_IMPLANT", 4, "DISPUTED",
                        true, incidentTitle),
                new IncidentLine(2, 2, "Vendor 2", LocalDate.parse("2026-05-06"), "COUNTERFEIT", 2, "CONFIRMED", false,
                        "Counterfeit capacitors"));
        List<TrendPoint> trend = List.of(new TrendPoint(AT.minusSeconds(60L * 86_400), 2, 3, 3, 2, 61.5),
                new TrendPoint(AT.minusSeconds(30L * 86_400), 1, 3, 3, 3, 66.0), new TrendPoint(AT, 1, 2, 3, 4, 70.25));
        List<CurvePoint> curve = List.of(new CurvePoint(0, 0.9), new CurvePoint(10_000, 0.6),
                new CurvePoint(100_000, 0.3), new CurvePoint(1_000_000, 0.1), new CurvePoint(5_000_000, 0.005));
        return new ExecutiveReportData(AT, "exec", "EUR", methodology, summary, vendors, top, geography, hotSpots,
                plan, gating, incidents, List.of(), List.of(), trend, curve, new Standings(
                List.of(new StandingCount("BARRED", "Barred", 1), new StandingCount("APPROVE", "Approve", 9)),
                List.of(new StandingLine(2, "Vendor 2", "BARRED", "Barred", "A restricted party three tiers down.",
                        "CRITICAL", List.of("Vendor 2 > Foundry 2"), null, null, 1.5))));
    }
}
