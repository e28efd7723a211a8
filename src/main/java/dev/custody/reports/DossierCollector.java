package dev.custody.reports;

import dev.custody.economics.engagement.EconomicsService;
import dev.custody.economics.engagement.Engagement;
import dev.custody.network.Assessment;
import dev.custody.network.InsiderFactor;
import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.reports.VendorDossierData.AssessmentLine;
import dev.custody.reports.VendorDossierData.Profile;
import dev.custody.reports.VendorDossierData.ScorePoint;
import dev.custody.reports.VendorDossierData.Scores;
import dev.custody.reports.VendorDossierData.SiteLine;
import dev.custody.scoring.ActiveModel;
import dev.custody.scoring.Facts;
import dev.custody.scoring.GeographyCalculator;
import dev.custody.scoring.ScoreHistoryEntry;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoreView;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.ScoringGraph;
import dev.custody.scoring.ScoringModelService;
import dev.custody.scoring.TopContributors;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads everything about one vendor into a {@link VendorDossierData}. */
@ApplicationScoped
public class DossierCollector {
    /** Drivers listed in a dossier. */
    static final int DRIVERS = 10;

    @Inject
    ScoringModelService models;
    @Inject
    ScoreService scores;
    @Inject
    EconomicsService economics;
    @Inject
    ScoringEngine engine;
    @Inject
    ReportQueries queries;
    @Inject
    ReportDataCollector collector;
    @Inject
    StandingSections standings;

    @Transactional
    public VendorDossierData vendor(long vendorId, String user, Instant now) {
        Organization o = Organization.<Organization>findByIdOptional(vendorId)
                .orElseThrow(() -> new NotFoundException("Organization", vendorId));
        ActiveModel model = models.active();
        ScoreView view = scores.view(vendorId);
        Set<Long> tree = engine.read(graph -> tree(vendorId, graph));
        return new VendorDossierData(now, user, collector.methodology(model),
                new Profile(o.id, o.name, o.kind.name(), o.hqCountry, o.ownership == null ? null : o.ownership.name(),
                        o.parentCompany, o.parentCountry, o.description, o.tier),
                sites(vendorId, engine.read(graph -> graph.organization(vendorId)), model), scores(view),
                TopContributors.of(view, DRIVERS).stream().map(c -> new ExecutiveReportData.Driver(c.kind().name(),
                        c.text(), c.points(), c.disputed())).toList(),
                ReportQueries.path(view), queries.links(tree),
                queries.legs(vendorId),
                queries.incidents(List.of(vendorId)), assessments(vendorId),
                Engagement.ofOrganization(vendorId).isPresent() ? economics.vendor(vendorId, null) : null,
                queries.gating(vendorId).decisions(), trend(vendorId), standings.of(vendorId, now));
    }

    /** The vendor and every organization below it, buyers before their suppliers (breadth first), from the engine. */
    static Set<Long> tree(long vendorId, ScoringGraph network) {
        Set<Long> seen = new LinkedHashSet<>(List.of(vendorId));
        Deque<Long> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (Facts.SupplierLink link : network.linksOf(queue.poll())) {
                if (seen.add(link.supplierId())) {
                    queue.add(link.supplierId());
                }
            }
        }
        return seen;
    }

    private static List<SiteLine> sites(long vendorId, Facts.Organization f, ActiveModel model) {
        Map<Long, Double> geography = new LinkedHashMap<>();
        if (f != null) {
            f.sites().forEach(s -> geography.put(s.id(), s.country() == null ? null
                    : GeographyCalculator.country(s.country(), model.model()).score()));
        }
        List<Site> sites = Site.list("organization.id = ?1 order by name, id", vendorId);
        return sites.stream().map(s -> new SiteLine(s.id, s.name, s.country, s.city,
                s.activities.stream().map(Enum::name).sorted().toList(), geography.get(s.id))).toList();
    }

    private static Scores scores(ScoreView v) {
        return new Scores(v.geography(), v.insider(), v.incident(), v.own(), v.ownBand(), v.pOwn(), v.pEff(),
                v.inherited(), v.band(), v.modelVersion(), v.computedAt(), v.contributions(), v.ownRange(),
                v.inheritedRange(), v.pEffLow(), v.pEffHigh(), v.assessedShare(), v.rangeText());
    }

    private static List<AssessmentLine> assessments(long vendorId) {
        List<Assessment> list = Assessment.list("organization.id = ?1 order by assessedOn desc, id desc", vendorId);
        List<AssessmentLine> lines = new ArrayList<>();
        for (Assessment a : list) {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            a.ratings().forEach((InsiderFactor k, Integer r) -> ratings.put(k.name(), r));
            lines.add(new AssessmentLine(a.id, a.assessor, a.assessedOn, a.evidenceNote, ratings));
        }
        return lines;
    }

    private List<ScorePoint> trend(long vendorId) {
        List<ScoreHistoryEntry> entries = new ArrayList<>(scores.history(vendorId, ScoreService.MAX_HISTORY));
        entries.sort(Comparator.comparing((ScoreHistoryEntry e) -> e.computedAt).thenComparing(e -> e.id));
        return entries.stream().map(e -> new ScorePoint(e.computedAt, e.ownScore, e.inherited, e.band)).toList();
    }
}
