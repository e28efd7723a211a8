package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Criticality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile's sub-tier tree from the engine's graph: bounded in depth, width and size; shared suppliers collapse. */
class SubTiersTest {
    private static final Facts.Country DE = new Facts.Country("DE", "Germany", 79, false, false, false, false,
            Map.of());

    private final Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
    private final Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
    private long linkIds;

    @Test
    void showsTheNearestTiersMostCriticalFirstAndMarksWhatIsDeeper() {
        link(1, 2, Criticality.LOW, 1.0);
        link(1, 3, Criticality.CRITICAL, 0.5);
        link(3, 4, Criticality.HIGH, 1.0);
        link(4, 5, Criticality.HIGH, 1.0);
        SubTiers.Tree tree = SubTiers.of(graph(), 1, new SubTiers.Limits(2, 10, 100));

        assertThat(tree.suppliers()).extracting(SubTiers.Node::id).containsExactly(3L, 2L);
        SubTiers.Node critical = tree.suppliers().get(0);
        assertThat(critical.name()).isEqualTo("Org 3");
        assertThat(critical.hqCountry()).isEqualTo("DE");
        assertThat(critical.criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(critical.riskBand()).isNotNull();
        assertThat(critical.suppliers()).extracting(SubTiers.Node::id).containsExactly(4L);
        SubTiers.Node second = critical.suppliers().get(0);
        assertThat(second.suppliers()).isEmpty();
        assertThat(second.deeper()).as("organization 5 lies below the depth shown").isTrue();
        assertThat(tree.suppliers().get(1).deeper()).as("organization 2 has no suppliers").isFalse();
        assertThat(tree.shown()).isEqualTo(3);
        assertThat(tree.hidden()).isZero();
    }

    @Test
    void expandsASharedSupplierOnceAndMarksItWhereItIsReachedAgain() {
        link(1, 2, Criticality.HIGH, 1.0);
        link(1, 3, Criticality.MEDIUM, 1.0);
        link(2, 4, Criticality.HIGH, 1.0);
        link(3, 4, Criticality.HIGH, 1.0);
        link(4, 5, Criticality.HIGH, 1.0);
        SubTiers.Tree tree = SubTiers.of(graph(), 1, new SubTiers.Limits(5, 10, 100));

        SubTiers.Node viaTwo = tree.suppliers().get(0).suppliers().get(0);
        SubTiers.Node viaThree = tree.suppliers().get(1).suppliers().get(0);
        assertThat(viaTwo.id()).isEqualTo(4L);
        assertThat(viaTwo.repeated()).isFalse();
        assertThat(viaTwo.suppliers()).extracting(SubTiers.Node::id).containsExactly(5L);
        assertThat(viaThree.id()).isEqualTo(4L);
        assertThat(viaThree.repeated()).isTrue();
        assertThat(viaThree.suppliers()).isEmpty();
        assertThat(viaThree.deeper()).as("its suppliers are shown above, not below it").isFalse();
    }

    @Test
    void staysWithinItsLimitsHoweverWideAndDeepTheNetwork() {
        // A root with 100 suppliers, each with 30 suppliers of their own, each with a supplier again.
        long next = 2;
        for (int i = 0; i < 100; i++) {
            long supplier = next++;
            link(1, supplier, Criticality.MEDIUM, 0.5);
            for (int j = 0; j < 30; j++) {
                long sub = next++;
                link(supplier, sub, Criticality.HIGH, 0.5);
                link(sub, 1_000_000 + j, Criticality.LOW, 0.5);
            }
        }
        SubTiers.Tree tree = SubTiers.of(graph(), 1, new SubTiers.Limits(3, 25, 400));

        assertThat(tree.suppliers()).hasSize(25);
        assertThat(tree.hidden()).isEqualTo(75);
        assertThat(count(tree.suppliers())).isEqualTo(tree.shown()).isEqualTo(400);
        assertThat(tree.suppliers().get(0).suppliers()).hasSize(25);
        assertThat(tree.suppliers().get(0).hidden()).isEqualTo(5);
        // The node budget ran out in the second tier: the last suppliers shown say how many of theirs are left out.
        SubTiers.Node last = tree.suppliers().get(24);
        assertThat(last.suppliers()).isEmpty();
        assertThat(last.hidden()).isEqualTo(30);
    }

    private static int count(List<SubTiers.Node> nodes) {
        int n = nodes.size();
        for (SubTiers.Node node : nodes) {
            n += count(node.suppliers());
        }
        return n;
    }

    private void link(long buyer, long supplier, Criticality criticality, double share) {
        organization(buyer);
        organization(supplier);
        links.computeIfAbsent(buyer, k -> new ArrayList<>()).add(new Facts.SupplierLink(supplier, "Org " + supplier,
                "Item", criticality, share, ++linkIds));
    }

    private void organization(long id) {
        organizations.computeIfAbsent(id, k -> new Facts.Organization(id, "Org " + id, DE, List.of(), null,
                List.of()));
    }

    private ScoringGraph graph() {
        return ScoringGraph.of(new NetworkFacts(organizations, links, Map.of()), ScoringModel.version2(),
                ScoringSamples.TODAY);
    }
}
