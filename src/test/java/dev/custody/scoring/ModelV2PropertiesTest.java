package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Criticality;
import dev.custody.network.LegKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The properties DOMAIN.md section 7 asks of model version 2, each over many seeded random networks (RandomNetworks):
 * a bounded breadth premium, monotonicity, attenuation with depth, no double counting through custody legs, ranges
 * that hold the expected score and collapse when everything is assessed, unknown organizations at most medium.
 */
class ModelV2PropertiesTest {
    private static final int NETWORKS = 300;
    private static final ScoringModel V2 = ScoringModel.version2();
    private final Random random = new Random(20261207);

    @Test
    void shouldKeepEveryInheritedScoreWithinTheRiskiestHandsInItsTreePlusTheBoundedPremium() {
        for (int n = 0; n < NETWORKS; n++) {
            ScoringGraph graph = ScoringGraph.of(RandomNetworks.network(random, 5 + random.nextInt(40)), V2,
                    ScoringSamples.TODAY);
            for (long id : graph.ids()) {
                for (int end = 0; end < 3; end++) {
                    double riskiest = riskiestInTree(graph, id, end);
                    assertThat(ends(graph.score(id))[end]).as("organization %d, end %d", id, end)
                            .isLessThanOrEqualTo(riskiest + V2.breadthPremium() + 0.05);
                }
            }
        }
    }

    @Test
    void shouldBoundThePremiumHoweverManySuppliersThereAre() {
        // a vendor over 5,000 suppliers, each with the same facts (one own score S) and wholly supplying its own item
        Facts.Organization template = RandomNetworks.organization(random, 2);
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        List<Facts.SupplierLink> links = new ArrayList<>();
        organizations.put(1L, new Facts.Organization(1, "Vendor", template.hq(), template.sites(),
                template.latestAssessment(), template.incidents()));
        for (long id = 2; id <= 5001; id++) {
            organizations.put(id, new Facts.Organization(id, "Supplier " + id, template.hq(), template.sites(),
                    template.latestAssessment(), template.incidents()));
            links.add(new Facts.SupplierLink(id, "Supplier " + id, "Part " + id, Criticality.CRITICAL, 1.0, id));
        }
        ScoringGraph graph = ScoringGraph.of(new NetworkFacts(organizations, Map.of(1L, links), Map.of()), V2,
                ScoringSamples.TODAY);
        NodeScore vendor = graph.score(1);
        double s = graph.score(2).own();
        assertThat(vendor.own()).isEqualTo(s);
        assertThat(vendor.inherited()).isGreaterThan(s).isLessThanOrEqualTo(s + V2.breadthPremium());
        assertThat(vendor.inherited()).isLessThan(100.0);
    }

    @Test
    void shouldNeverLowerAScoreWhenASupplierIsAddedOrAFactorWorsens() {
        for (int n = 0; n < NETWORKS; n++) {
            NetworkFacts facts = RandomNetworks.network(random, 5 + random.nextInt(30));
            ScoringGraph graph = ScoringGraph.of(facts, V2, ScoringSamples.TODAY);
            Map<Long, double[]> before = all(graph);
            long buyer = 1 + random.nextInt(facts.organizations().size() - 1);
            long supplier = buyer + 1 + random.nextInt(facts.organizations().size() - (int) buyer);
            List<Facts.SupplierLink> more = new ArrayList<>(facts.linksOf(buyer));
            more.add(RandomNetworks.link(random, supplier, 99_999));
            graph.setLinks(buyer, more);
            graph.rescore();
            assertNoneLower(before, graph, "adding a supplier");
            before = all(graph);
            long worse = 1 + random.nextInt(facts.organizations().size());
            graph.put(RandomNetworks.worsened(random, graph.organization(worse)));
            graph.rescore();
            assertNoneLower(before, graph, "worsening a factor");
            before = all(graph);
            long vendor = 1 + random.nextInt(facts.organizations().size());
            List<Facts.Leg> legs = new ArrayList<>(graph.legsOf(vendor));
            legs.add(RandomNetworks.leg(random, 77_777, legs.size() + 1, 1 + random.nextInt(facts.organizations().size())));
            graph.setLegs(vendor, legs);
            graph.rescore();
            assertNoneLower(before, graph, "adding a custody leg");
        }
    }

    @Test
    void shouldPassOnLessOfTheSameSupplierTheDeeperItSits() {
        int strictly = 0;
        for (int n = 0; n < NETWORKS; n++) {
            Facts.Organization bad = RandomNetworks.organization(random, 99);
            Criticality criticality = Criticality.values()[1 + random.nextInt(3)];
            double shallow = chain(bad, 1, criticality).score(1).inherited();
            double deep = chain(bad, 3, criticality).score(1).inherited();
            assertThat(deep).isLessThanOrEqualTo(shallow);
            strictly += deep < shallow ? 1 : 0;
        }
        assertThat(strictly).as("networks where depth made a difference").isGreaterThan(NETWORKS / 2);
    }

    @Test
    void shouldCountALegsHandlerButNotTheHandlersSupplyTree() {
        for (int n = 0; n < NETWORKS; n++) {
            // vendor 1 with a leg handled by 2; 2 buys from 3..12, which are not in the vendor's tree
            Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
            for (long id = 1; id <= 12; id++) {
                organizations.put(id, RandomNetworks.organization(random, id));
            }
            List<Facts.SupplierLink> handlerLinks = new ArrayList<>();
            for (long s = 3; s <= 12; s++) {
                handlerLinks.add(new Facts.SupplierLink(s, "Org " + s, "Part " + s, Criticality.CRITICAL, 1.0, s));
            }
            Facts.Leg leg = new Facts.Leg(1, 1, LegKind.CARRIER, 2, "Org 2", ScoringSamples.randomCountry(random),
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
            ScoringGraph graph = ScoringGraph.of(new NetworkFacts(organizations, Map.of(2L, handlerLinks),
                    Map.of(1L, List.of(leg))), V2, ScoringSamples.TODAY);
            double[] before = ends(graph.score(1));
            for (long s = 3; s <= 12; s++) {
                graph.put(RandomNetworks.worsened(random, RandomNetworks.worsened(random, graph.organization(s))));
            }
            graph.rescore();
            assertThat(ends(graph.score(1))).containsExactly(before);
            // the handler's own facts do count
            graph.put(RandomNetworks.worsened(random, graph.organization(2)));
            graph.rescore();
            assertThat(graph.score(1).inheritedHigh()).isGreaterThanOrEqualTo(before[2]);
        }
    }

    @Test
    void shouldHoldTheExpectedScoreInsideItsRangeAndCollapseItWhenEverythingIsAssessed() {
        for (int n = 0; n < NETWORKS; n++) {
            NetworkFacts facts = RandomNetworks.network(random, 5 + random.nextInt(30));
            ScoringGraph graph = ScoringGraph.of(facts, V2, ScoringSamples.TODAY);
            for (long id : graph.ids()) {
                NodeScore s = graph.score(id);
                assertThat(s.ownLow()).isLessThanOrEqualTo(s.own());
                assertThat(s.own()).isLessThanOrEqualTo(s.ownHigh());
                assertThat(s.inheritedLow()).isLessThanOrEqualTo(s.inherited());
                assertThat(s.inherited()).isLessThanOrEqualTo(s.inheritedHigh());
                assertThat(s.pEffLow()).isLessThanOrEqualTo(s.pEff());
                assertThat(s.pEff()).isLessThanOrEqualTo(s.pEffHigh());
            }
            for (Facts.Organization o : facts.organizations().values()) {
                graph.put(RandomNetworks.fullyAssessed(random, o));
            }
            graph.rescore();
            for (long id : graph.ids()) {
                NodeScore s = graph.score(id);
                assertThat(s.assessedShare()).isEqualTo(1.0);
                assertThat(s.inheritedLow()).isEqualTo(s.inherited());
                assertThat(s.inheritedHigh()).isEqualTo(s.inherited());
            }
        }
    }

    @Test
    void shouldKeepAnUnassessedOrganizationInALowRiskCountryWithoutIncidentsAtMostMedium() {
        for (int n = 0; n < 2_000; n++) {
            int cpi = 75 + random.nextInt(26);
            Facts.Country country = new Facts.Country("LR", "Low-risk land", cpi, false, false, false, false, Map.of());
            List<Facts.Site> sites = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                sites.add(ScoringSamples.site("site " + i, country));
            }
            OwnScore own = OwnScoreCalculator.score(ScoringSamples.organization(country, sites, null, List.of()),
                    ScoringSamples.TODAY, V2);
            assertThat(own.score()).isLessThan(V2.highFrom());
            assertThat(own.band()).isIn(Band.LOW, Band.MEDIUM);
            assertThat(own.floorApplied()).isFalse();
        }
    }

    /** A vendor (1) over a chain of depth links of the given criticality down to the same bad supplier. */
    private ScoringGraph chain(Facts.Organization bad, int depth, Criticality criticality) {
        Facts.Country calm = new Facts.Country("DK", "Denmark", 90, false, false, false, false, Map.of());
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        for (long id = 1; id <= depth; id++) {
            organizations.put(id, new Facts.Organization(id, "Tier " + id, calm, List.of(),
                    new Facts.Assessment(id, ScoringSamples.TODAY, ScoringSamples.allRated(0)), List.of()));
            links.put(id, List.of(new Facts.SupplierLink(id + 1, "Next", "Board", criticality, 1.0, id)));
        }
        long last = depth + 1L;
        organizations.put(last, new Facts.Organization(last, "Bad", bad.hq(), bad.sites(), bad.latestAssessment(),
                bad.incidents()));
        return ScoringGraph.of(new NetworkFacts(organizations, links, Map.of()), V2, ScoringSamples.TODAY);
    }

    /** The highest own score or counted leg score in an organization's tree (itself, suppliers, their legs), at an end. */
    private static double riskiestInTree(ScoringGraph graph, long id, int end) {
        double riskiest = 0;
        Set<Long> seen = new HashSet<>();
        Deque<Long> work = new ArrayDeque<>(List.of(id));
        while (!work.isEmpty()) {
            long v = work.pop();
            if (!seen.add(v)) {
                continue;
            }
            NodeScore s = graph.score(v);
            riskiest = Math.max(riskiest, new double[] {s.ownLow(), s.own(), s.ownHigh()}[end]);
            for (Facts.Leg leg : graph.legsOf(v)) {
                NodeScore h = graph.score(leg.handlerId());
                double handler = h == null ? 0 : new double[] {h.ownLow(), h.own(), h.ownHigh()}[end];
                riskiest = Math.max(riskiest, Propagation.legScore(
                        GeographyCalculator.country(leg.country(), V2).score(), Propagation.missingControls(leg),
                        handler, V2));
            }
            graph.linksOf(v).forEach(l -> work.push(l.supplierId()));
        }
        return riskiest;
    }

    private static double[] ends(NodeScore s) {
        return new double[] {s.inheritedLow(), s.inherited(), s.inheritedHigh()};
    }

    private static Map<Long, double[]> all(ScoringGraph graph) {
        Map<Long, double[]> scores = new HashMap<>();
        for (long id : graph.ids()) {
            NodeScore s = graph.score(id);
            scores.put(id, new double[] {s.inheritedLow(), s.inherited(), s.inheritedHigh(), s.ownLow(), s.own(),
                s.ownHigh()});
        }
        return scores;
    }

    private static void assertNoneLower(Map<Long, double[]> before, ScoringGraph graph, String change) {
        Map<Long, double[]> after = all(graph);
        before.forEach((id, values) -> {
            for (int i = 0; i < values.length; i++) {
                assertThat(after.get(id)[i]).as("%s: organization %d, value %d", change, id, i)
                        .isGreaterThanOrEqualTo(values[i]);
            }
        });
    }
}
