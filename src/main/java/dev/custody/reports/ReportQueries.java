package dev.custody.reports;

import dev.custody.gating.GateDecision;
import dev.custody.gating.GateOutcome;
import dev.custody.network.IncidentStatus;
import dev.custody.network.OrganizationKind;
import dev.custody.reports.ExecutiveReportData.Driver;
import dev.custody.reports.ExecutiveReportData.GateLine;
import dev.custody.reports.ExecutiveReportData.Gating;
import dev.custody.reports.ExecutiveReportData.IncidentLine;
import dev.custody.reports.ExecutiveReportData.LegLine;
import dev.custody.reports.ExecutiveReportData.LinkLine;
import dev.custody.reports.ExecutiveReportData.PathStep;
import dev.custody.reports.ExecutiveReportData.TopVendor;
import dev.custody.reports.ExecutiveReportData.VendorLine;
import dev.custody.scoring.Band;
import dev.custody.scoring.Facts;
import dev.custody.scoring.ScoreHistoryEntry;
import dev.custody.scoring.ScoreRange;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoreView;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.TopContributors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The database reads of the report data, each into the report's own line records. */
@ApplicationScoped
class ReportQueries {
    /** Drivers listed per top vendor. */
    static final int DRIVERS = 5;

    @Inject
    EntityManager em;
    @Inject
    ScoreService scores;
    @Inject
    ScoringEngine engine;

    /** Every vendor (tier 1) with its current score, by name; money columns empty. */
    List<VendorLine> vendors() {
        return em.createQuery("select o.id, o.name, o.hqCountry, o.tier, s.ownScore, s.inherited, s.band, s.pEff, "
                + "s.inheritedLow, s.inheritedHigh, s.assessedShare "
                + "from Organization o join CurrentScore s on s.organizationId = o.id where o.kind = :kind "
                + "order by o.name, o.id", Object[].class).setParameter("kind", OrganizationKind.VENDOR)
                .getResultList().stream().map(r -> new VendorLine((Long) r[0], (String) r[1], (String) r[2],
                        (Integer) r[3], (Double) r[4], (Double) r[5], (Band) r[6], (Double) r[7], null, null, null,
                        null, new ScoreRange((Double) r[8], (Double) r[5], (Double) r[9]), (Double) r[10])).toList();
    }

    Map<Long, Integer> tiers() {
        Map<Long, Integer> tiers = new HashMap<>();
        em.createQuery("select o.id, o.tier from Organization o", Object[].class).getResultList()
                .forEach(r -> tiers.put((Long) r[0], (Integer) r[1]));
        return tiers;
    }

    TopVendor topVendor(VendorLine v) {
        ScoreView view = scores.view(v.id());
        List<Driver> drivers = TopContributors.of(view, DRIVERS).stream()
                .map(c -> new Driver(c.kind().name(), c.text(), c.points(), c.disputed())).toList();
        return new TopVendor(v.id(), v.name(), v.country(), v.inherited(), v.band(), v.ale(), drivers, path(view),
                view.rangeText());
    }

    static List<PathStep> path(ScoreView view) {
        return view.drivingPath().stream().map(s -> new PathStep(s.id(), s.name(), s.item(), s.points())).toList();
    }

    /** Incidents of these organizations (null: all), newest first. */
    List<IncidentLine> incidents(Collection<Long> organizations) {
        String where = organizations == null ? "" : " where i.organization.id in :ids";
        var query = em.createQuery("select i.id, o.id, o.name, i.occurredOn, i.category, i.severity, i.status, i.title "
                + "from Incident i join i.organization o" + where + " order by i.occurredOn desc, i.id desc",
                Object[].class);
        if (organizations != null) {
            query.setParameter("ids", organizations);
        }
        return query.getResultList().stream().map(r -> new IncidentLine((Long) r[0], (Long) r[1], (String) r[2],
                (LocalDate) r[3], String.valueOf(r[4]), ((BigDecimal) r[5]).doubleValue(), String.valueOf(r[6]),
                r[6] == IncidentStatus.DISPUTED, (String) r[7])).toList();
    }

    /** Supply links whose buyer is one of these (null: all), by buyer tier and names. */
    List<LinkLine> links(Collection<Long> buyers) {
        String where = buyers == null ? "" : " where b.id in :ids";
        var query = em.createQuery("select l.id, b.id, b.name, s.id, s.name, s.tier, s.hqCountry, l.item, l.share, "
                + "l.criticality, c.inherited from SupplyLink l join l.buyer b join l.supplier s "
                + "left join CurrentScore c on c.organizationId = s.id" + where
                + " order by b.tier, b.name, s.name, l.id", Object[].class);
        if (buyers != null) {
            query.setParameter("ids", buyers);
        }
        return query.getResultList().stream().map(r -> new LinkLine((Long) r[0], (Long) r[1], (String) r[2],
                (Long) r[3], (String) r[4], (Integer) r[5], (String) r[6], (String) r[7],
                ((BigDecimal) r[8]).doubleValue(), String.valueOf(r[9]), (Double) r[10])).toList();
    }

    /** Every custody leg of the network's vendors (or of one vendor), with its score, by vendor and sequence. */
    List<LegLine> legs(Long vendorId) {
        return engine.read(graph -> {
            List<LegLine> lines = new ArrayList<>();
            long[] vendors = vendorId == null ? Arrays.stream(graph.ids()).filter(id -> !graph.legsOf(id).isEmpty())
                    .sorted().toArray() : new long[] {vendorId};
            for (long id : vendors) {
                Facts.Organization vendor = graph.organization(id);
                List<Facts.Leg> legs = graph.legsOf(id);
                double[] scores = graph.legScores(id);
                for (int j = 0; j < legs.size(); j++) {
                    Facts.Leg leg = legs.get(j);
                    lines.add(new LegLine(leg.id(), id, vendor == null ? "" : vendor.name(), leg.sequence(),
                            leg.kind().name(), leg.handlerId(), leg.handlerName(),
                            leg.country() == null ? null : leg.country().iso2(), leg.seals(), leg.tracking(),
                            leg.escort(), scores[j]));
                }
            }
            return lines;
        });
    }

    /** The decision in force on every purchase request, and the counts by outcome. */
    Gating gating() {
        return gating(null);
    }

    /** Decisions on purchase requests of one vendor (null: all); all of them for a vendor, the latest otherwise. */
    Gating gating(Long vendorId) {
        List<GateDecision> decisions = vendorId == null
                ? GateDecision.list("order by request.id, decidedAt, id")
                : GateDecision.list("request.vendorId = ?1 order by decidedAt, id", vendorId);
        Map<Long, GateDecision> latest = new HashMap<>();
        int overrides = 0;
        for (GateDecision d : decisions) {
            latest.put(d.request.id, d);
            overrides += d.kind == GateDecision.Kind.OVERRIDE ? 1 : 0;
        }
        List<GateLine> lines = (vendorId == null ? latest.values().stream()
                .sorted(java.util.Comparator.comparing((GateDecision d) -> d.request.id)) : decisions.stream())
                .map(ReportQueries::line).toList();
        int[] counts = new int[GateOutcome.values().length];
        latest.values().forEach(d -> counts[d.outcome.ordinal()]++);
        return new Gating(counts[GateOutcome.APPROVE.ordinal()], counts[GateOutcome.APPROVE_WITH_CONDITIONS.ordinal()],
                counts[GateOutcome.REJECT.ordinal()], overrides, lines);
    }

    private static GateLine line(GateDecision d) {
        var r = d.request;
        return new GateLine(r.id, r.vendorId, r.vendorName, r.item, r.quantity, String.valueOf(r.criticality),
                d.outcome.name(), d.kind.name(), d.kind == GateDecision.Kind.OVERRIDE, d.decidedBy, d.decidedAt,
                d.inherited, d.residual, d.policyVersion, d.justification, r.reviewReason,
                dev.custody.gating.GateDecisionView.label(d.kind, d.outcome));
    }

    /** The score history of every vendor, oldest first. */
    List<ScoreHistoryEntry> vendorHistory() {
        return em.createQuery("select h from ScoreHistoryEntry h, Organization o where o.id = h.organizationId "
                + "and o.kind = :kind order by h.computedAt, h.id", ScoreHistoryEntry.class)
                .setParameter("kind", OrganizationKind.VENDOR).getResultList();
    }
}
