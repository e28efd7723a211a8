package dev.custody.reports.excel;

import static dev.custody.reports.excel.Workbook.Format.INTEGER;
import static dev.custody.reports.excel.Workbook.Format.MONEY;
import static dev.custody.reports.excel.Workbook.Format.PROBABILITY;
import static dev.custody.reports.excel.Workbook.Format.SCORE;
import static dev.custody.reports.excel.Workbook.Format.TEXT;

import dev.custody.economics.engagement.VendorEconomics;
import dev.custody.reports.VendorDossierData;
import dev.custody.reports.excel.Workbook.Column;
import dev.custody.scoring.Contribution;
import dev.custody.scoring.ScoreRange;
import java.util.List;

/** The vendor dossier workbook: profile and scores, explanation, network, incidents, assessments, economics. */
public final class DossierWorkbook {
    private DossierWorkbook() {
    }

    public static byte[] write(VendorDossierData d) {
        try (Workbook wb = new Workbook(d.generatedAt())) {
            profile(wb, d);
            contributions(wb, d);
            Sections.links(wb, d.suppliers());
            Sections.legs(wb, d.legs());
            Sections.incidents(wb, d.incidents());
            assessments(wb, d);
            economics(wb, d.economics());
            Sections.gateDecisions(wb, d.gateDecisions());
            Sections.methodology(wb, d.methodology(), d.generatedAt(), d.generatedBy());
            return wb.bytes();
        }
    }

    private static void profile(Workbook wb, VendorDossierData d) {
        Table t = wb.table("Vendor", List.of(new Column("Field", TEXT, 30), new Column("Value", TEXT, 50)));
        VendorDossierData.Profile p = d.profile();
        VendorDossierData.Scores s = d.scores();
        t.row("Name", p.name()).row("Kind", p.kind()).row("Headquarters", p.hqCountry())
                .row("Ownership", p.ownership()).row("Parent company", p.parentCompany())
                .row("Parent country", p.parentCountry()).row("Description", p.description())
                .row("Geography G", num(s.geography())).row("Insider I", num(s.insider()))
                .row("Incidents H", num(s.incident())).row("Own score", num(s.own()))
                .row("Inherited score", num(s.inherited())).row("Band", s.band().name())
                .row("p_eff", num(s.pEff()))
                .row("Inherited score range", s.inheritedRange() == null ? null : s.inheritedRange().span())
                .row("Own score range", s.ownRange() == null ? null : s.ownRange().span())
                .row("Insider weight assessed", s.assessedShare() == null ? null : ScoreRange.percent(s.assessedShare()))
                .row("Score in words", s.rangeText())
                .row("Scoring model version", s.modelVersion())
                .row("Computed at", s.computedAt());
        if (d.standing() != null) {
            t.row("Standing", d.standing().label()).row("Standing: why", d.standing().reason())
                    .row("Standing: criticality", d.standing().criticality());
            d.standing().paths().forEach(path -> t.row("Barred by", path));
        }
        for (VendorDossierData.SiteLine site : d.sites()) {
            t.row("Site " + site.name(), site.city() + ", " + site.country() + " (G "
                    + (site.geography() == null ? "?" : num(site.geography())) + "): "
                    + String.join(", ", site.activities()));
        }
        t.finish();
    }

    private static String num(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    private static void contributions(Workbook wb, VendorDossierData d) {
        Table t = wb.table("Score explanation", List.of(new Column("Part", TEXT, 12), new Column("Kind", TEXT, 14),
                new Column("What", TEXT, 50), new Column("Points", SCORE, 10), new Column("Detail", TEXT, 60)));
        var c = d.scores().contributions();
        add(t, "Own", c.own());
        add(t, "Geography", c.geography());
        add(t, "Insider", c.insider());
        add(t, "Incidents", c.incident());
        add(t, "Inherited", c.inherited());
        t.finish();
    }

    private static void add(Table t, String part, List<Contribution> list) {
        list.forEach(c -> t.row(part, c.kind().name(), c.label(), c.points(), c.detail()));
    }

    private static void assessments(Workbook wb, VendorDossierData d) {
        Table t = wb.table("Assessments", List.of(new Column("Assessed on", TEXT, 12), new Column("Assessor", TEXT),
                new Column("Factor", TEXT, 30), new Column("Rating 0..4", INTEGER, 10), new Column("Evidence", TEXT, 50)));
        for (VendorDossierData.AssessmentLine a : d.assessments()) {
            a.ratings().forEach((factor, rating) -> t.row(a.assessedOn(), a.assessor(), factor, rating,
                    a.evidenceNote()));
        }
        t.finish();
    }

    private static void economics(Workbook wb, VendorEconomics e) {
        String cur = e == null ? "" : " (" + e.currency() + ")";
        Table t = wb.table("Economics", List.of(new Column("Scenario", TEXT), new Column("p_s", PROBABILITY),
                new Column("Overridden", TEXT, 10), new Column("Loss low" + cur, MONEY, 18),
                new Column("Loss high" + cur, MONEY, 18), new Column("Mean loss" + cur, MONEY, 18),
                new Column("ALE" + cur, MONEY, 18)));
        if (e != null) {
            for (VendorEconomics.ScenarioLine s : e.scenarios()) {
                t.row(s.name(), s.probability(), s.overridden(), s.lossLow(), s.lossHigh(), s.meanLoss(), s.ale());
            }
            t.row("Total", null, null, null, null, null, e.ale());
            if (e.exit() != null) {
                t.row("Replace or exit: barred, no safeguard budget; exposure to exit", null, null, null, null, null,
                        e.exit().exposure());
            }
            t.row("Plan: " + String.join(", ", e.plan().safeguardNames()), null, null, null, null,
                    e.plan().annualCost(), e.plan().outcomes().expected().aleAfter());
            t.row("Gordon-Loeb bound", null, e.plan().gordonLoeb().exceeded(), null, null,
                    e.plan().gordonLoeb().bound(), null);
            t.row("Cost per unit / price", Double.isFinite(e.plan().viability().shareOfPrice())
                    ? e.plan().viability().shareOfPrice() : null, e.plan().viability().exceeded(), null, null, null,
                    null);
        }
        t.finish();
    }

}
