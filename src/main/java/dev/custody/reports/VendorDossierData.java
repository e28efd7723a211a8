package dev.custody.reports;

import dev.custody.economics.engagement.VendorEconomics;
import dev.custody.reports.ExecutiveReportData.Driver;
import dev.custody.reports.ExecutiveReportData.GateLine;
import dev.custody.reports.ExecutiveReportData.IncidentLine;
import dev.custody.reports.ExecutiveReportData.LegLine;
import dev.custody.reports.ExecutiveReportData.LinkLine;
import dev.custody.reports.ExecutiveReportData.PathStep;
import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreRange;
import dev.custody.scoring.ScoreStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything about one vendor for a supplier review meeting, computed once and stored as a snapshot's data JSON.
 *
 * @param suppliers every supply link of the vendor's tier tree (its own links and those below), tier by tier
 * @param economics the engagement's economics per scenario and the recommended plan; null without an engagement
 * @param gateDecisions every decision on the vendor's purchase requests, oldest first (overrides marked)
 * @param trend the vendor's score history, oldest first
 * @param standing the vendor's standing (DOMAIN.md section 8); null when it has none (not a vendor)
 */
public record VendorDossierData(Instant generatedAt, String generatedBy, Methodology methodology, Profile profile,
        List<SiteLine> sites, Scores scores, List<Driver> drivers, List<PathStep> drivingPath,
        List<LinkLine> suppliers, List<LegLine> legs, List<IncidentLine> incidents,
        List<AssessmentLine> assessments, VendorEconomics economics, List<GateLine> gateDecisions,
        List<ScorePoint> trend, ExecutiveReportData.StandingLine standing) {

    /** Who the vendor is. */
    public record Profile(long id, String name, String kind, String hqCountry, String ownership,
            String parentCompany, String parentCountry, String description, Integer tier) {
    }

    /** A site with its country's geography score. */
    public record SiteLine(long id, String name, String country, String city, List<String> activities,
            Double geography) {
    }

    /**
     * The current score with its whole explanation (every contribution of every dimension and of the inherited
     * score); null values when the vendor was never scored. ownRange, inheritedRange (low, expected, high from unknown
     * insider factors), pEffLow/pEffHigh, assessedShare and rangeText are null in snapshots taken before ranges existed.
     */
    public record Scores(double geography, double insider, double incident, double own, Band ownBand, double pOwn,
            double pEff, double inherited, Band band, int modelVersion, Instant computedAt,
            ScoreStore.StoredContributions contributions, ScoreRange ownRange, ScoreRange inheritedRange,
            Double pEffLow, Double pEffHigh, Double assessedShare, String rangeText) {
    }

    /** One insider-threat assessment: factor -> rating 0..4 (absent: not assessed, counts as worst). */
    public record AssessmentLine(long id, String assessor, LocalDate assessedOn, String evidenceNote,
            Map<String, Integer> ratings) {
    }

    /** One point of the vendor's score history. */
    public record ScorePoint(Instant at, double own, double inherited, Band band) {
    }
}
