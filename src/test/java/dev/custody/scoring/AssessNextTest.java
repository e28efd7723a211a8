package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.Criticality;
import dev.custody.network.InsiderFactor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** "Assess next": the money an organization's unknowns leave open, exact, ranked. */
class AssessNextTest {
    private static final ScoringModel V2 = ScoringModel.version2();
    private final Random random = new Random(7);

    @Test
    void shouldMoveTheVendorExactlyAsAssessingTheOrganizationAtBestOrWorstWould() {
        int checked = 0;
        for (int n = 0; n < 150; n++) {
            NetworkFacts facts = RandomNetworks.network(random, 5 + random.nextInt(25));
            ScoringGraph graph = ScoringGraph.of(facts, V2, ScoringSamples.TODAY);
            for (Facts.Organization o : facts.organizations().values()) {
                if (o.latestAssessment() != null) {
                    continue;
                }
                for (int end : new int[] {Propagation.LOW, Propagation.HIGH}) {
                    Map<Long, double[]> moved = graph.whatIf(o.id(), end);
                    // never assessed: its low end is every factor at 0 today, its high end every factor at 4
                    ScoringGraph assessed = ScoringGraph.of(facts, V2, ScoringSamples.TODAY);
                    assessed.put(new Facts.Organization(o.id(), o.name(), o.hq(), o.sites(), new Facts.Assessment(
                            o.id(), ScoringSamples.TODAY, ScoringSamples.allRated(end == Propagation.LOW ? 0 : 4)),
                            o.incidents()));
                    assessed.rescore();
                    NodeScore u = graph.score(o.id());
                    if (assessed.score(o.id()).own() != (end == Propagation.LOW ? u.ownLow() : u.ownHigh())) {
                        // every factor assessed 4 is evidence and lifts the own score to the floor; the range never is
                        continue;
                    }
                    for (long id : graph.ids()) {
                        double expected = moved.containsKey(id) ? moved.get(id)[1] : graph.score(id).inherited();
                        assertThat(expected).as("organization %d with %d at end %d", id, o.id(), end)
                                .isEqualTo(assessed.score(id).inherited());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void shouldRankTheCriticalWholeSupplierAboveTheMinorOneAndPriceItsRange() {
        // a vendor assessed in full; A supplies its whole mainboard (critical), B 5 % of its screws (low); both unknown
        Facts.Country tw = new Facts.Country("TW", "Taiwan", 67, false, false, false, false, Map.of());
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        organizations.put(1L, new Facts.Organization(1, "Vendor", tw, List.of(),
                new Facts.Assessment(1, ScoringSamples.TODAY, ScoringSamples.allRated(1)), List.of()));
        organizations.put(2L, new Facts.Organization(2, "Board maker A", tw, List.of(), null, List.of()));
        organizations.put(3L, new Facts.Organization(3, "Screw maker B", tw, List.of(), null, List.of()));
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        links.put(1L, List.of(new Facts.SupplierLink(2, "Board maker A", "Mainboard", Criticality.CRITICAL, 1.0, 12L),
                new Facts.SupplierLink(3, "Screw maker B", "Screws", Criticality.LOW, 0.05, 13L)));
        ScoringGraph graph = ScoringGraph.of(new NetworkFacts(organizations, links, Map.of()), V2, ScoringSamples.TODAY);
        double lossPerProbability = 2_000_000;
        List<AssessNext.Candidate> next = AssessNext.forVendor(graph, 1, lossPerProbability, 10);
        assertThat(next).extracting(AssessNext.Candidate::organizationId).containsExactly(2L, 3L);
        AssessNext.Candidate a = next.get(0);
        assertThat(a.why()).isEqualTo("never assessed");
        assertThat(a.path()).containsExactly(1L, 2L);
        double low = graph.whatIf(2, Propagation.LOW).getOrDefault(1L, new double[] {0, 0, graph.score(1).pEff()})[2];
        double high = graph.whatIf(2, Propagation.HIGH).getOrDefault(1L, new double[] {0, 0, graph.score(1).pEff()})[2];
        assertThat(a.probabilityOpen()).isCloseTo(high - low, within(1e-15)).isPositive();
        assertThat(a.moneyOpen()).isCloseTo((high - low) * lossPerProbability, within(1e-6));
        // the vendor itself is fully assessed: nothing to learn there
        assertThat(next).noneMatch(c -> c.organizationId() == 1L);
        // the portfolio view finds the same, with the vendor's loss
        List<AssessNext.Candidate> portfolio = AssessNext.portfolio(graph, new long[] {1}, Map.of(1L, lossPerProbability), 10);
        assertThat(portfolio).extracting(AssessNext.Candidate::moneyOpen).containsExactly(a.moneyOpen(),
                next.get(1).moneyOpen());
    }

    @Test
    void shouldSayWhyAScoreIsUncertain() {
        Facts.Country tw = new Facts.Country("TW", "Taiwan", 67, false, false, false, false, Map.of());
        Map<InsiderFactor, Integer> partial = new java.util.EnumMap<>(ScoringSamples.allRated(2));
        partial.remove(InsiderFactor.FOREIGN_INFLUENCE);
        partial.remove(InsiderFactor.SUBTIER_VISIBILITY);
        assertThat(AssessNext.why(new Facts.Organization(1, "A", tw, List.of(), new Facts.Assessment(1,
                ScoringSamples.TODAY.minusDays(3), partial), List.of()), ScoringSamples.TODAY, V2))
                .isEqualTo("2 of 11 factors not rated in the assessment of 28 March 2026");
        assertThat(AssessNext.why(new Facts.Organization(1, "A", tw, List.of(), new Facts.Assessment(1,
                ScoringSamples.TODAY.minusMonths(20), partial), List.of()), ScoringSamples.TODAY, V2))
                .isEqualTo("assessed 31 July 2024, older than 18 months");
    }
}
