package dev.custody.reports;

import dev.custody.scoring.Band;
import dev.custody.scoring.ScoreRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the executive report shows, computed once from the database and stored as a snapshot's data JSON; the
 * PDF and the workbook render only from this record, so a snapshot re-rendered later gives the same numbers.
 * Money is in {@code currency} (the engagements' currency; vendors in another currency are left out of the totals
 * and counted in {@link Summary#otherCurrencyVendors()}), rounded to the cent. Probabilities are 0..1, scores 0..100.
 */
public record ExecutiveReportData(Instant generatedAt, String generatedBy, String currency, Methodology methodology,
        Summary summary, List<VendorLine> vendors, List<TopVendor> topVendors, GeographyExposure geography,
        List<HotSpot> hotSpots, InvestmentPlan plan, Gating gating, List<IncidentLine> incidents,
        List<LinkLine> links, List<LegLine> legs, List<TrendPoint> trend, List<CurvePoint> lossExceedance,
        Standings standings) {

    /**
     * The first page: money at risk, vendors by band, change since the previous executive snapshot, decisions.
     *
     * @param totalAle sum of the vendors' annualised loss expectancy
     * @param p95 95th percentile annual loss of the whole portfolio (seeded Monte Carlo)
     * @param p99 99th percentile annual loss of the whole portfolio
     * @param vendorCount vendors (tier 1 organizations)
     * @param byBand vendor count per band of the inherited score, LOW..CRITICAL, every band present
     * @param otherCurrencyVendors vendors whose engagement is in another currency (not in the money totals)
     * @param change the change since the previous executive snapshot, null for the first one
     * @param decisions the decisions that need an executive, at most three, in this order: fund the safeguard plan
     *        (when it costs anything), review the critical vendor with the largest ALE, confirm the override of the
     *        latest request that has one (else the oldest rejection), accept the cost of the first plan that is not
     *        viable (see PortfolioSections.decisions)
     */
    public record Summary(double totalAle, double p95, double p99, int vendorCount, List<BandCount> byBand,
            int otherCurrencyVendors, Change change, List<Decision> decisions) {
    }

    public record BandCount(Band band, int count) {
    }

    /**
     * Difference to the previous executive snapshot.
     *
     * @param previousSnapshotId its id
     * @param previousGeneratedAt when it was generated
     * @param totalAleDelta totalAle now minus then
     * @param p99Delta p99 now minus then
     * @param byBandDelta vendor count per band now minus then
     * @param vendorsWorse vendors whose band is worse than then (new vendors not counted)
     * @param vendorsBetter vendors whose band is better than then
     */
    public record Change(long previousSnapshotId, Instant previousGeneratedAt, double totalAleDelta, double p99Delta,
            List<BandCount> byBandDelta, int vendorsWorse, int vendorsBetter) {
    }

    /**
     * A decision that needs an executive: what, why in one sentence, and the money it is about.
     *
     * @param kind FUND_PLAN (approve the safeguard budget), REVIEW_VENDOR (a critical vendor with the largest ALE),
     *        OVERRIDE (a gate override or rejection to confirm), VIABILITY (safeguards cost more than the market pays)
     * @param vendorId the vendor concerned, null for portfolio-wide decisions
     * @param href the page where it is decided (a path such as /purchase-requests/12)
     */
    public record Decision(String kind, String title, String reason, Double amount, Long vendorId, String href) {
    }

    /**
     * One vendor (tier 1), for the Vendors sheet and the band chart.
     *
     * @param ownScore R_own; inherited: R_eff
     * @param pEff annual probability of compromise through the whole tier tree and custody chain
     * @param ale annualised loss expectancy (null without an engagement)
     * @param planCost annual cost of the safeguards the portfolio plan gives it (null without an engagement)
     * @param currency the engagement's currency (null without one)
     * @param range the inherited score's range from unknown insider factors in the vendor's tree (low, expected,
     *     high; null in snapshots taken before ranges existed)
     * @param assessedShare the share of the vendor's own insider-threat weight resting on fresh assessments
     */
    public record VendorLine(long id, String name, String country, Integer tier, double ownScore, double inherited,
            Band band, double pEff, Double ale, Double annualSpend, Double planCost, String currency, ScoreRange range,
            Double assessedShare) {
    }

    /**
     * A top vendor with what drives its score: the largest contributors in words and the riskiest path below it, and
     * its score range in words (null in snapshots taken before ranges existed).
     */
    public record TopVendor(long id, String name, String country, double inherited, Band band, Double ale,
            List<Driver> drivers, List<PathStep> drivingPath, String rangeText) {
    }

    /** One contributor to a score, in words, with its points (0..100 scale); disputed incidents say so. */
    public record Driver(String kind, String text, double points, boolean disputed) {
    }

    /** One step of the driving path: the organization and the item it supplies, with the points it carries. */
    public record PathStep(long organizationId, String name, String item, double points) {
    }

    /**
     * Geography exposure including sub-tiers.
     *
     * @param criticalSpend annual spend of every engagement in the report's currency (the base of the share; the
     *        spend is followed down critical supply links only, whatever the engagement's deployment criticality)
     * @param subTierHighRiskSpend the part of it whose supply tree reaches, at tier 2 or below, a site in a high-risk
     *        jurisdiction through a critical link; spend is attributed by the product of link shares along the path
     * @param subTierHighRiskShare subTierHighRiskSpend / criticalSpend (0 when there is no critical spend)
     * @param countries exposure per country, most exposed first
     */
    public record GeographyExposure(double criticalSpend, double subTierHighRiskSpend, double subTierHighRiskShare,
            List<CountryExposure> countries) {
    }

    /**
     * One country: its geography score, whether it is high-risk, and how much of the portfolio passes through it.
     *
     * @param organizations organizations with a site there (any tier)
     * @param subTierOrganizations those at tier 2 or below
     * @param criticalSpendThrough critical spend attributed to this country at tier 2 or below
     */
    public record CountryExposure(String iso2, String name, double geography, boolean highRisk, int organizations,
            int subTierOrganizations, double criticalSpendThrough) {
    }

    /** A custody leg or handler with a high score: where products are most exposed on their way to the dock. */
    public record HotSpot(long legId, long vendorId, String vendorName, int sequence, String kind, long handlerId,
            String handlerName, String country, boolean seals, boolean tracking, boolean escort, double score) {
    }

    /**
     * The safeguard investment plan from the portfolio planner (no budget limit: every step that pays).
     *
     * @param annualCost annual cost of all chosen safeguards
     * @param aleBefore total ALE before; aleAfter: after the plan
     * @param reduction aleBefore - aleAfter
     * @param rosi (reduction - annualCost) / annualCost, null when nothing is bought
     * @param gordonLoebBound aleBefore / e: spending beyond this is never optimal
     * @param viabilityThreshold the model's viability threshold (plan cost per unit as a share of unit price)
     * @param committedCost annual cost of the safeguards gate decisions in force make conditions (outside the plan's
     *        annualCost: committed, not bought by the budget); committedReduction their loss reduction
     * @param exits barred vendors: no safeguard budget, their ALE is the exposure to exit
     */
    public record InvestmentPlan(double annualCost, double aleBefore, double aleAfter, double reduction, Double rosi,
            double gordonLoebBound, boolean gordonLoebExceeded, double viabilityThreshold, List<PlanLine> vendors,
            double committedCost, double committedReduction, List<ExitLine> exits) {
    }

    /**
     * One vendor's share of the plan, with its two sanity lines; committed lists the safeguards gate conditions
     * commit it to (costing committedCost a year), apart from the optional ones the budget buys.
     */
    public record PlanLine(long vendorId, String vendorName, List<String> safeguards, double annualCost,
            double aleBefore, double reduction, Double rosi, double gordonLoebBound, boolean gordonLoebExceeded,
            double viabilityShare, boolean viabilityExceeded, List<String> committed, double committedCost) {
    }

    /** A barred vendor: replace it or exit; its expected annual loss is the exposure to exit. */
    public record ExitLine(long vendorId, String vendorName, double exposure, String reason) {
    }

    /**
     * Every vendor's standing (DOMAIN.md section 8) as stored when the snapshot was taken, by vendor name, and how many
     * vendors stand where (worst first, every standing present).
     */
    public record Standings(List<StandingCount> counts, List<StandingLine> vendors) {
        /** The standing of a vendor, or null (a template's look-up). */
        public StandingLine of(long vendorId) {
            return vendors.stream().filter(v -> v.vendorId() == vendorId).findFirst().orElse(null);
        }
    }

    public record StandingCount(String standing, String label, int count) {
    }

    /**
     * One vendor's standing: BARRED, REJECT, NEEDS_ADJUDICATION, APPROVE_WITH_CONDITIONS or APPROVE with its label and
     * reason in words, the criticality it was judged at, the paths to what bars it, its conditions' annual cost and
     * whether they are viable, and scoreChange: its inherited score now minus 30 days ago (null without history).
     */
    public record StandingLine(long vendorId, String vendorName, String standing, String label, String reason,
            String criticality, List<String> paths, Double conditionsCost, Boolean viable, Double scoreChange) {
    }

    /** Gating outcomes of the requests in force, and every override. */
    public record Gating(int approved, int approvedWithConditions, int rejected, int overrides,
            List<GateLine> decisions) {
    }

    /** The decision in force on a purchase request (override marked, with its justification). */
    public record GateLine(long requestId, long vendorId, String vendorName, String item, int quantity,
            String criticality, String outcome, String kind, boolean override, String decidedBy, Instant decidedAt,
            Double inherited, Double residual, int policyVersion, String justification, String reviewReason,
            String label) {
    }

    /** An incident; disputed ones are marked as such wherever they appear. */
    public record IncidentLine(long id, long organizationId, String organizationName, LocalDate occurredOn,
            String category, double severity, String status, boolean disputed, String title) {
    }

    /** A supply link (buyer -> supplier) with the supplier's tier and score. */
    public record LinkLine(long id, long buyerId, String buyerName, long supplierId, String supplierName,
            Integer supplierTier, String supplierCountry, String item, double share, String criticality,
            Double supplierInherited) {
    }

    /** A custody leg of a vendor, with its score (DOMAIN.md section 3). */
    public record LegLine(long id, long vendorId, String vendorName, int sequence, String kind, long handlerId,
            String handlerName,
            String country, boolean seals, boolean tracking, boolean escort, double score) {
    }

    /** The portfolio by band at one time: vendors per band and the mean inherited score. */
    public record TrendPoint(Instant at, int low, int medium, int high, int critical, double meanInherited) {
    }

    /** A point of the portfolio's loss-exceedance curve: P(annual loss > loss). */
    public record CurvePoint(double loss, double probability) {
    }
}
