package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.Criticality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The portfolio graph: the same numbers as Propagation, incremental equal to full, cycles through legs cut. */
class ScoringGraphTest {
    private static final int[] NONE = {};
    private static final double[] NO_VALUES = {};

    @Test
    void shouldScoreATwoTierChainAsPropagationDoes() {
        // vendor 0 (own 20) buys a critical item, share 0.6, from supplier 1 (own 50): R_eff 45.843 (see PropagationTest)
        ScoringGraph graph = ScoringGraph.of(new double[] {20, 50}, new int[] {0}, new int[] {1},
                new double[] {Propagation.linkWeight(Criticality.CRITICAL, 0.6, MODEL)}, NONE, NONE, NO_VALUES, MODEL);
        double[] inherited = graph.fullRescore();
        assertThat(inherited[0]).isCloseTo(45.843, within(1e-3));
        assertThat(inherited[1]).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void shouldCountALegWithoutHandlerNodeAsAFixedScoreSupplier() {
        // leg score 68.333 -> vendor own 0 inherits 63.547 (see PropagationTest)
        ScoringGraph graph = ScoringGraph.of(new double[] {0}, NONE, NONE, NO_VALUES, new int[] {0}, new int[] {-1},
                new double[] {35 + 100.0 / 3}, MODEL);
        assertThat(graph.fullRescore()[0]).isCloseTo(63.547, within(1e-3));
    }

    @Test
    void shouldUseTheHandlersInheritedScoreWhenItIsHigher() {
        // vendor 0 has a leg (score 10) handled by 1; 1 buys critically from 2 (own 95), so 1's R_eff is far above 10
        ScoringGraph graph = ScoringGraph.of(new double[] {0, 0, 95}, new int[] {1}, new int[] {2}, new double[] {1.0},
                new int[] {0}, new int[] {1}, new double[] {10}, MODEL);
        double[] inherited = graph.fullRescore();
        InheritedScore expected = Propagation.inherit(0, List.of(), Map.of(),
                List.of(ScoringSamples.leg(1, 1, null, true, true, true)), Map.of(1L, inherited[1]), MODEL);
        assertThat(inherited[1]).isGreaterThan(90);
        assertThat(inherited[0]).isCloseTo(expected.score(), within(1e-9));
    }

    @Test
    void shouldBreakACycleThroughACustodyLegWithTheHandlersOwnScore() {
        // 2 buys from 0 (link); 0's custody leg is handled by 2: 0 -> 2 -> 0. The leg uses 2's own score 90.
        ScoringGraph graph = ScoringGraph.of(new double[] {10, 0, 90}, new int[] {2}, new int[] {0},
                new double[] {1.0}, new int[] {0}, new int[] {2}, new double[] {5}, MODEL);
        assertThat(graph.cutLegs()).containsExactly(0);
        double[] inherited = graph.fullRescore();
        // vendor 0: 1 - (1 - p(10)) * (1 - 0.75 * p(90)) with p(90) = 0.001 * 200^0.9 = 0.11732
        double p0 = 1 - (1 - Propagation.probability(10, MODEL)) * (1 - 0.75 * Propagation.probability(90, MODEL));
        assertThat(inherited[0]).isCloseTo(Propagation.score(p0, MODEL), within(1e-12));
        assertThat(inherited[2]).isGreaterThan(90);
        // raising the handler's own score changes the vendor through the cut leg, then the handler again
        int[] changed = graph.rescoreFrom(2, 99);
        assertThat(changed).containsExactly(0, 2);
        assertThat(graph.inherited()).containsExactly(ScoringGraph.of(new double[] {10, 0, 99}, new int[] {2},
                new int[] {0}, new double[] {1.0}, new int[] {0}, new int[] {2}, new double[] {5}, MODEL).fullRescore());
    }

    @Test
    void shouldCutTheSameLegsWhateverTheOrderOfTheInput() {
        // 0 -leg-> 1 -link-> 2 -leg-> 3 -link-> 0: both legs lie on the cycle, in either order of the legs
        double[] own = {10, 20, 30, 40};
        ScoringGraph forward = ScoringGraph.of(own, new int[] {1, 3}, new int[] {2, 0}, new double[] {1, 1},
                new int[] {0, 2}, new int[] {1, 3}, new double[] {0, 0}, MODEL);
        ScoringGraph backward = ScoringGraph.of(own, new int[] {3, 1}, new int[] {0, 2}, new double[] {1, 1},
                new int[] {2, 0}, new int[] {3, 1}, new double[] {0, 0}, MODEL);
        assertThat(forward.cutLegs()).containsExactly(0, 1);
        assertThat(backward.cutLegs()).containsExactly(0, 1);
        assertThat(forward.fullRescore()).containsExactly(backward.fullRescore());
    }

    @Test
    void shouldRefuseACycleOfSupplyLinks() {
        assertThatThrownBy(() -> ScoringGraph.of(new double[] {1, 2}, new int[] {0, 1}, new int[] {1, 0},
                new double[] {1, 1}, NONE, NONE, NO_VALUES, MODEL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void shouldGiveTheSameNumbersAsPropagationInheritForEveryNode() {
        Random random = new Random(7);
        for (int g = 0; g < 300; g++) {
            RandomNetwork network = RandomNetwork.generate(random, 2 + random.nextInt(40));
            ScoringGraph graph = network.graph();
            graph.fullRescore();
            Set<Integer> cut = new HashSet<>();
            for (int leg : graph.cutLegs()) {
                cut.add(leg);
            }
            for (int v = 0; v < network.own.length; v++) {
                InheritedScore expected = network.inherit(v, graph, cut);
                assertThat(graph.inherited(v)).isEqualTo(expected.score());
                assertThat(graph.effectiveProbability(v)).isEqualTo(expected.pEff());
            }
        }
    }

    @Test
    void shouldRescoreIncrementallyExactlyAsAFullRescoreWould() {
        Random random = new Random(11);
        int edits = 0;
        for (int g = 0; g < 300; g++) {
            RandomNetwork network = RandomNetwork.generate(random, 2 + random.nextInt(80));
            ScoringGraph graph = network.graph();
            double[] before = graph.fullRescore();
            for (int e = 0; e < 10; e++, edits++) {
                int node = random.nextInt(network.own.length);
                network.own[node] = random.nextInt(4) == 0 ? network.own[node] : random.nextDouble() * 100;
                int[] changed = graph.rescoreFrom(node, network.own[node]);
                double[] full = network.graph().fullRescore();
                assertThat(graph.inherited()).containsExactly(full);
                assertThat(graph.effectiveProbabilities()).containsExactly(fullProbabilities(network));
                Set<Integer> differing = new HashSet<>();
                for (int v = 0; v < full.length; v++) {
                    if (full[v] != before[v]) {
                        differing.add(v);
                    }
                }
                assertThat(changed).containsExactlyInAnyOrder(differing.stream().mapToInt(Integer::intValue).toArray());
                before = full;
            }
        }
        assertThat(edits).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void shouldNeverScoreANodeBelowItsOwnScore() {
        Random random = new Random(13);
        for (int g = 0; g < 1_000; g++) {
            RandomNetwork network = RandomNetwork.generate(random, 1 + random.nextInt(30));
            double[] inherited = network.graph().fullRescore();
            for (int v = 0; v < inherited.length; v++) {
                assertThat(inherited[v]).isBetween(network.own[v], 100.0);
            }
        }
    }

    private static double[] fullProbabilities(RandomNetwork network) {
        ScoringGraph fresh = network.graph();
        fresh.fullRescore();
        return fresh.effectiveProbabilities();
    }

    /** A random acyclic set of supply links with custody legs that may close cycles, as facts and as arrays. */
    private record RandomNetwork(double[] own, List<int[]> links, List<Facts.SupplierLink> linkFacts,
            List<int[]> legs, List<Facts.Leg> legFacts) {

        static RandomNetwork generate(Random random, int n) {
            double[] own = new double[n];
            int[] rank = new int[n];
            for (int v = 0; v < n; v++) {
                own[v] = random.nextInt(10) == 0 ? 0 : random.nextDouble() * 100;
                rank[v] = random.nextInt(1_000);
            }
            List<int[]> links = new ArrayList<>();
            List<Facts.SupplierLink> linkFacts = new ArrayList<>();
            for (int e = random.nextInt(3 * n + 1); e > 0; e--) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                // buyers rank lower than their suppliers (ties broken by index): no cycle of links
                if (a != b && (rank[a] < rank[b] || rank[a] == rank[b] && a < b)) {
                    links.add(new int[] {a, b});
                    linkFacts.add(ScoringSamples.randomLink(random, b));
                }
            }
            List<int[]> legs = new ArrayList<>();
            List<Facts.Leg> legFacts = new ArrayList<>();
            for (int e = random.nextInt(n / 2 + 2); e > 0; e--) {
                int vendor = random.nextInt(n);
                int handler = random.nextInt(5) == 0 ? -1 : random.nextInt(n);
                legs.add(new int[] {vendor, handler});
                legFacts.add(ScoringSamples.randomLeg(random, legs.size(), handler));
            }
            return new RandomNetwork(own, links, linkFacts, legs, legFacts);
        }

        ScoringGraph graph() {
            int[] buyer = links.stream().mapToInt(l -> l[0]).toArray();
            int[] supplier = links.stream().mapToInt(l -> l[1]).toArray();
            double[] weight = linkFacts.stream()
                    .mapToDouble(l -> Propagation.linkWeight(l.criticality(), l.share(), MODEL)).toArray();
            int[] vendor = legs.stream().mapToInt(l -> l[0]).toArray();
            int[] handler = legs.stream().mapToInt(l -> l[1]).toArray();
            double[] legScore = legFacts.stream().mapToDouble(l -> Propagation.legOwnScore(l, MODEL)).toArray();
            return ScoringGraph.of(own.clone(), buyer, supplier, weight, vendor, handler, legScore, MODEL);
        }

        /** Node v through Propagation.inherit, its suppliers' and handlers' numbers taken from the graph. */
        InheritedScore inherit(int v, ScoringGraph graph, Set<Integer> cut) {
            List<Facts.SupplierLink> mine = new ArrayList<>();
            Map<Long, Double> pEff = new HashMap<>();
            for (int e = 0; e < links.size(); e++) {
                if (links.get(e)[0] == v) {
                    mine.add(linkFacts.get(e));
                    pEff.put((long) links.get(e)[1], graph.effectiveProbability(links.get(e)[1]));
                }
            }
            List<Facts.Leg> myLegs = new ArrayList<>();
            Map<Long, Double> handlers = new HashMap<>();
            for (int e = 0; e < legs.size(); e++) {
                int handler = legs.get(e)[1];
                if (legs.get(e)[0] == v) {
                    myLegs.add(legFacts.get(e));
                    if (handler >= 0) {
                        handlers.put((long) handler, cut.contains(e) ? graph.ownScore(handler) : graph.inherited(handler));
                    }
                }
            }
            return Propagation.inherit(own[v], mine, pEff, myLegs, handlers, MODEL);
        }
    }
}
