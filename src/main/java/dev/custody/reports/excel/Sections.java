package dev.custody.reports.excel;

import static dev.custody.reports.excel.Workbook.Format.DECIMAL;
import static dev.custody.reports.excel.Workbook.Format.INTEGER;
import static dev.custody.reports.excel.Workbook.Format.MONEY;
import static dev.custody.reports.excel.Workbook.Format.PERCENT;
import static dev.custody.reports.excel.Workbook.Format.SCORE;
import static dev.custody.reports.excel.Workbook.Format.TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.Methodology;
import dev.custody.reports.excel.Workbook.Column;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The sheets the executive workbook and the vendor dossier workbook share. */
final class Sections {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Sections() {
    }

    static void links(Workbook wb, List<ExecutiveReportData.LinkLine> links) {
        Table t = wb.table("Sub-tier links", List.of(new Column("Buyer", TEXT), new Column("Supplier", TEXT),
                new Column("Supplier tier", INTEGER, 8), new Column("Supplier country", TEXT, 9),
                new Column("Item", TEXT), new Column("Share", PERCENT, 10), new Column("Criticality", TEXT, 11),
                new Column("Supplier inherited score", SCORE)));
        for (ExecutiveReportData.LinkLine l : links) {
            t.row(l.buyerName(), l.supplierName(), l.supplierTier(), l.supplierCountry(), l.item(), l.share(),
                    l.criticality(), l.supplierInherited());
        }
        t.finish();
    }

    static void legs(Workbook wb, List<ExecutiveReportData.LegLine> legs) {
        Table t = wb.table("Custody legs", List.of(new Column("Vendor", TEXT), new Column("Leg", INTEGER, 6),
                new Column("Kind", TEXT, 12), new Column("Handler", TEXT), new Column("Country", TEXT, 9),
                new Column("Seals", TEXT, 7), new Column("Tracking", TEXT, 9), new Column("Escort", TEXT, 7),
                new Column("Leg score", SCORE)));
        for (ExecutiveReportData.LegLine l : legs) {
            t.row(l.vendorName(), l.sequence(), l.kind(), l.handlerName(), l.country(), l.seals(), l.tracking(),
                    l.escort(), l.score());
        }
        t.finish();
    }

    static void incidents(Workbook wb, List<ExecutiveReportData.IncidentLine> incidents) {
        Table t = wb.table("Incidents", List.of(new Column("Organization", TEXT), new Column("Occurred on", TEXT, 12),
                new Column("Category", TEXT, 20), new Column("Severity", SCORE, 9), new Column("Status", TEXT, 11),
                new Column("Disputed", TEXT, 9), new Column("Title", TEXT, 50)));
        for (ExecutiveReportData.IncidentLine i : incidents) {
            t.row(i.organizationName(), i.occurredOn(), i.category(), i.severity(), i.status(), i.disputed(),
                    i.title());
        }
        t.finish();
    }

    static void gateDecisions(Workbook wb, List<ExecutiveReportData.GateLine> decisions) {
        Table t = wb.table("Gate decisions", List.of(new Column("Request", INTEGER, 9), new Column("Vendor", TEXT),
                new Column("Item", TEXT), new Column("Quantity", INTEGER, 9), new Column("Criticality", TEXT, 11),
                new Column("Outcome", TEXT, 24), new Column("Kind", TEXT, 14), new Column("Override", TEXT, 9),
                new Column("Decided by", TEXT, 14), new Column("Decided at", TEXT, 22),
                new Column("Inherited score", SCORE), new Column("Residual score", SCORE),
                new Column("Policy version", INTEGER, 8), new Column("Justification", TEXT, 40)));
        for (ExecutiveReportData.GateLine g : decisions) {
            t.row(g.requestId(), g.vendorName(), g.item(), g.quantity(), g.criticality(), g.outcome(), g.kind(),
                    g.override(), g.decidedBy(), g.decidedAt(), g.inherited(), g.residual(), g.policyVersion(),
                    g.justification());
        }
        t.finish();
    }

    /** Each vendor's standing with its reason and the paths to what bars it (the executive workbook). */
    static void standings(Workbook wb, ExecutiveReportData.Standings standings, String cur) {
        Table t = wb.table("Standing", List.of(new Column("Vendor", TEXT), new Column("Standing", TEXT, 24),
                new Column("Criticality", TEXT, 11), new Column("Conditions a year" + cur, MONEY, 18),
                new Column("Conditions viable", TEXT, 10), new Column("Score change, 30 days", SCORE),
                new Column("Barred by (path)", TEXT, 50), new Column("Reason", TEXT, 80)));
        for (ExecutiveReportData.StandingLine s : standings == null ? List.<ExecutiveReportData.StandingLine>of()
                : standings.vendors()) {
            t.row(s.vendorName(), s.label(), s.criticality(), s.conditionsCost(), s.viable(), s.scoreChange(),
                    String.join("; ", s.paths()), s.reason());
        }
        t.finish();
    }

    /** Every parameter of the model, one per row, flattened from its JSON form ("factorWeights.FIRMWARE_INTEGRITY"). */
    static void methodology(Workbook wb, Methodology m, Instant generatedAt, String generatedBy) {
        Table t = wb.table("Methodology", List.of(new Column("Parameter", TEXT, 44), new Column("Value", DECIMAL, 16),
                new Column("Note", TEXT, 80)));
        t.row("Generated at", null, generatedAt.toString());
        t.row("Generated by", null, generatedBy);
        t.row("Scoring model version", m.scoringModelVersion(), null);
        t.row("Gate policy version", m.gatePolicyVersion(), null);
        t.row("Monte Carlo years", m.monteCarloYears(), null);
        t.row("Monte Carlo seed", m.monteCarloSeed(), "Same seed and inputs, same percentiles");
        t.row("High-risk jurisdiction from G", m.highRiskFrom(), m.highRiskDefinition());
        flatten(t, "", JSON.valueToTree(m.scoringModel()));
        t.finish();
    }

    private static void flatten(Table t, String prefix, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(t, prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue());
            }
        } else if (node.isNumber()) {
            t.row(prefix, node.doubleValue(), null);
        } else if (!node.isNull()) {
            t.row(prefix, null, node.asText());
        }
    }
}
