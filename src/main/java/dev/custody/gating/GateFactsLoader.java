package dev.custody.gating;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Scenario;
import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.ModelInputs;
import dev.custody.economics.engagement.Safeguard;
import dev.custody.economics.engagement.ThreatScenario;
import dev.custody.gating.screening.ScreeningService;
import dev.custody.network.Assessment;
import dev.custody.network.Criticality;
import dev.custody.network.CustodyLeg;
import dev.custody.network.InsiderFactor;
import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.network.SupplyTree;
import dev.custody.network.SupplyTreeService;
import dev.custody.reference.Country;
import dev.custody.reference.CountryService;
import dev.custody.scoring.CurrentScore;
import dev.custody.scoring.Facts;
import dev.custody.scoring.InsiderCalculator;
import dev.custody.scoring.ScoreService;
import dev.custody.scoring.ScoringModel;
import dev.custody.scoring.ScoringModelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Gathers the facts the gate decides from: score, tier tree, custody chain, lists, visibility, safeguards. */
@ApplicationScoped
public class GateFactsLoader {
    /** Facts with the score they came from. */
    public record Loaded(GateFacts facts, CurrentScore score) {
    }

    @Inject
    ScoreService scores;
    @Inject
    ScoringModelService models;
    @Inject
    SupplyTreeService trees;
    @Inject
    CountryService countries;
    @Inject
    ModelInputs economics;
    @Inject
    ScreeningService screeningLists;

    /** Needs a transaction: the vendor may be scored for the first time. */
    public Loaded load(long vendorId, Criticality criticality, int quantity, String owner, LocalDate today,
            String currency) {
        CurrentScore score = scores.current(vendorId);
        ScoringModel model = models.parameters(models.get(score.modelVersion));
        EconomicsModel money = economics.model();
        List<GateFacts.Member> members = new ArrayList<>();
        SupplyTree tree = trees.tree(vendorId, SupplyTreeService.MAX_DEPTH);
        Known orgs = organizations(tree);
        walk(tree, List.of(), orgs, members);
        members.addAll(custodyChain(vendorId, tree.name()));
        Screening screening = screeningLists.screening();
        Map<String, String> embargoed = new LinkedHashMap<>();
        for (Country c : countries.embargoed()) {
            embargoed.put(c.iso2, c.name);
        }
        GateFacts facts = new GateFacts(criticality, score.inherited, model, members, screening, embargoed,
                visibility(vendorId, today, model), scenarios(vendorId, score.pEff, money), candidates(),
                money.amortisationYears(), quantity, owner, today, currency);
        return new Loaded(facts, score);
    }

    private record Known(Map<Long, Organization> organizations, Map<Long, Set<String>> siteCountries) {
    }

    private static Known organizations(SupplyTree tree) {
        Set<Long> ids = new HashSet<>();
        collect(tree, ids);
        Map<Long, Organization> orgs = new HashMap<>();
        Organization.<Organization>list("id in ?1", ids).forEach(o -> orgs.put(o.id, o));
        Map<Long, Set<String>> sites = new HashMap<>();
        for (Site site : Site.<Site>list("organization.id in ?1", ids)) {
            sites.computeIfAbsent(site.organization.id, k -> new LinkedHashSet<>()).add(site.country);
        }
        return new Known(orgs, sites);
    }

    private static void collect(SupplyTree tree, Set<Long> ids) {
        ids.add(tree.id());
        tree.suppliers().forEach(s -> collect(s, ids));
    }

    /** Each organization of the tree once per path to it: a restricted party is named with every route. */
    private static void walk(SupplyTree node, List<String> above, Known known,
            List<GateFacts.Member> members) {
        List<String> path = new ArrayList<>(above);
        path.add(node.name());
        Organization org = known.organizations().get(node.id());
        Set<String> where = new LinkedHashSet<>();
        if (node.hqCountry() != null) {
            where.add(node.hqCountry());
        }
        where.addAll(known.siteCountries().getOrDefault(node.id(), Set.of()));
        members.add(new GateFacts.Member(node.name(), org == null ? null : org.parentCompany, List.copyOf(where),
                List.copyOf(path), "tier tree"));
        for (SupplyTree supplier : node.suppliers()) {
            walk(supplier, path, known, members);
        }
    }

    private static List<GateFacts.Member> custodyChain(long vendorId, String vendorName) {
        List<GateFacts.Member> members = new ArrayList<>();
        for (CustodyLeg leg : CustodyLeg.<CustodyLeg>list("vendor.id = ?1 order by sequence", vendorId)) {
            Organization handler = leg.handler;
            Set<String> where = new LinkedHashSet<>();
            where.add(leg.country);
            if (handler.hqCountry != null) {
                where.add(handler.hqCountry);
            }
            String step = "leg " + leg.sequence + " (" + leg.kind.name().toLowerCase(Locale.ROOT) + "): " + handler.name;
            members.add(new GateFacts.Member(handler.name, handler.parentCompany, List.copyOf(where),
                    List.of(vendorName, step), "custody chain"));
        }
        return members;
    }

    /** Share of tier-2+ suppliers identified, from the latest fresh assessment (rating 0 = all .. 4 = none). */
    private static Integer visibility(long vendorId, LocalDate today, ScoringModel model) {
        Assessment latest = Assessment.<Assessment>find("organization.id = ?1 order by assessedOn desc, id desc", vendorId)
                .firstResult();
        if (latest == null || latest.subtierVisibility == null
                || InsiderCalculator.isStale(new Facts.Assessment(latest.id, latest.assessedOn, latest.ratings()), today, model)) {
            return null;
        }
        return 25 * (4 - latest.rating(InsiderFactor.SUBTIER_VISIBILITY));
    }

    /** p_s per scenario: p_eff split by the shares, or the engagement's estimate (an analyst's override) where there is one. */
    private static Map<String, Double> scenarios(long vendorId, double pEff, EconomicsModel money) {
        Map<String, Double> scenarios = new LinkedHashMap<>();
        for (ThreatScenario s : ThreatScenario.ordered()) {
            scenarios.put(s.key, money.scenarioProbability(s.key, pEff));
        }
        Engagement engagement = Engagement.ofOrganization(vendorId).orElse(null);
        if (engagement != null) {
            for (Scenario s : ModelInputs.exposure(engagement, pEff, money).scenarios()) {
                scenarios.put(s.key(), s.probability());
            }
        }
        return scenarios;
    }

    private static Map<String, dev.custody.economics.Safeguard> candidates() {
        Map<String, dev.custody.economics.Safeguard> candidates = new LinkedHashMap<>();
        for (Safeguard s : Safeguard.byName()) {
            candidates.put(s.name, ModelInputs.candidate(s));
        }
        return candidates;
    }
}
