package dev.custody.reports;

import dev.custody.gating.standing.Standing;
import dev.custody.gating.standing.StandingView;
import dev.custody.gating.standing.StandingViews;
import dev.custody.reports.ExecutiveReportData.StandingCount;
import dev.custody.reports.ExecutiveReportData.StandingLine;
import dev.custody.reports.ExecutiveReportData.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reports' standing sections, read from the stored standings (StandingViews): never computed again here. */
@ApplicationScoped
public class StandingSections {
    /** The window of a vendor's score trend. */
    static final Duration TREND = Duration.ofDays(30);

    @Inject
    StandingViews views;
    @Inject
    EntityManager em;

    /** Every vendor's standing with its counts, as of now. */
    public Standings all(Instant now) {
        List<StandingView> stored = views.list(null);
        Map<Long, Double> change = scoreChange(stored.stream().map(StandingView::organizationId).toList(), now);
        List<StandingLine> lines = stored.stream().map(v -> line(v, change.get(v.organizationId()))).toList();
        List<StandingCount> counts = new ArrayList<>();
        views.counts().forEach((s, n) -> counts.add(new StandingCount(s.name(), s.label(), n.intValue())));
        return new Standings(counts, lines);
    }

    /** One vendor's standing, or null when it has none. */
    public StandingLine of(long vendorId, Instant now) {
        StandingView v = views.of(vendorId);
        return v.standing() == null ? null : line(v, scoreChange(List.of(vendorId), now).get(vendorId));
    }

    private static StandingLine line(StandingView v, Double change) {
        Standing s = v.standing();
        return new StandingLine(v.organizationId(), v.name(), s.name(), s.label(), v.reason(),
                v.criticality().name(), v.blockedBy().stream().map(StandingView.Block::path).distinct().toList(),
                v.conditionsCost(), v.viable(), change);
    }

    /**
     * Each vendor's inherited score now minus its score 30 days ago (the history entry in force then, or the first
     * one when its history is younger); absent without history.
     */
    Map<Long, Double> scoreChange(Collection<Long> vendorIds, Instant now) {
        Map<Long, Double> change = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return change;
        }
        Instant since = now.minus(TREND);
        Map<Long, Double> then = new HashMap<>();
        Map<Long, Double> latest = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(vendorIds))) {
            for (Object[] r : em.createQuery("select h.organizationId, h.inherited, h.computedAt from ScoreHistoryEntry h "
                    + "where h.organizationId in :ids order by h.computedAt, h.id", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                Long id = (Long) r[0];
                double inherited = (Double) r[1];
                if (!((Instant) r[2]).isAfter(since) || !then.containsKey(id)) {
                    then.put(id, inherited);
                }
                latest.put(id, inherited);
            }
        }
        latest.forEach((id, now0) -> change.put(id, Money.cents(now0 - then.get(id))));
        return change;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }
}
