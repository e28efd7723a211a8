package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Criticality;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkScorerTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final ScoringModel MODEL = ScoringModel.defaults();
    static final Facts.Country TW = new Facts.Country("TW", "Taiwan", 67, false, false, false, false, Map.of());

    /** Random DAG of links (buyer index < supplier index) plus custody legs handled by anyone, cycles included. */
    static NetworkFacts network(Random random, int n) {
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>();
        Map<Long, List<Facts.SupplierLink>> links = new HashMap<>();
        Map<Long, List<Facts.Leg>> legs = new HashMap<>();
        for (long id = 0; id < n; id++) {
            Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
            for (InsiderFactor factor : InsiderFactor.values()) {
                if (random.nextInt(4) > 0) {
                    ratings.put(factor, random.nextInt(5));
                }
            }
            organizations.put(id, new Facts.Organization(id, "Org " + id, TW, List.of(),
                    new Facts.Assessment(id, TODAY.minusMonths(random.nextInt(24)), ratings), List.of()));
        }
        for (long buyer = 0; buyer < n - 1; buyer++) {
            for (int i = random.nextInt(4); i > 0; i--) {
                long supplier = buyer + 1 + random.nextInt((int) (n - buyer - 1));
                links.computeIfAbsent(buyer, k -> new ArrayList<>()).add(new Facts.SupplierLink(supplier,
                        "Org " + supplier, "item " + i, Criticality.values()[random.nextInt(4)], random.nextDouble()));
            }
        }
        for (int i = 0; i < n / 2; i++) {
            long vendor = random.nextInt(n);
            long handler = random.nextInt(n);
            legs.computeIfAbsent(vendor, k -> new ArrayList<>()).add(new Facts.Leg(i, i + 1, LegKind.CARRIER, handler,
                    "Org " + handler, TW, random.nextBoolean(), random.nextBoolean(), false));
        }
        return new NetworkFacts(organizations, links, legs);
    }

    static Map<Long, ScoredOrganization> score(NetworkFacts facts, Map<Long, NetworkScorer.Upstream> outside) {
        Map<Long, ScoredOrganization> scored = new HashMap<>();
        NetworkScorer.score(facts, outside, TODAY, MODEL, s -> scored.put(s.organizationId(), s));
        return scored;
    }

    /** The members and everyone above them, through links and legs. */
    static Set<Long> withBuyers(NetworkFacts facts, Set<Long> changed) {
        Set<Long> found = new HashSet<>(changed);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (long id : facts.organizations().keySet()) {
                boolean above = facts.linksOf(id).stream().anyMatch(l -> found.contains(l.supplierId()))
                        || facts.legsOf(id).stream().anyMatch(l -> found.contains(l.handlerId()));
                if (above && found.add(id)) {
                    grew = true;
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldScoreASetClosedUnderBuyersExactlyAsTheWholeNetwork(long seed) {
        Random random = new Random(seed);
        NetworkFacts all = network(random, 60);
        Map<Long, ScoredOrganization> full = score(all, Map.of());
        assertThat(full).hasSize(60);

        Set<Long> members = withBuyers(all, Set.of((long) random.nextInt(60), (long) random.nextInt(60)));
        Map<Long, Facts.Organization> organizations = new LinkedHashMap<>(all.organizations());
        organizations.keySet().retainAll(members);
        NetworkFacts subset = new NetworkFacts(organizations, all.links(), all.legs());
        Map<Long, NetworkScorer.Upstream> outside = new HashMap<>();
        for (long id : NetworkScorer.upstreamOutside(subset)) {
            outside.put(id, new NetworkScorer.Upstream(full.get(id).inherited().pEff(), full.get(id).inherited().score()));
        }
        Map<Long, ScoredOrganization> partial = score(subset, outside);

        assertThat(partial.keySet()).isEqualTo(members);
        for (long id : members) {
            assertThat(partial.get(id).inherited().pEff()).as("p_eff of %d", id).isEqualTo(full.get(id).inherited().pEff());
            assertThat(partial.get(id).inherited().score()).as("R_eff of %d", id)
                    .isEqualTo(full.get(id).inherited().score());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void shouldScoreSuppliersAndHandlersOutsideCyclesBeforeTheirBuyers(long seed) {
        NetworkFacts all = network(new Random(seed), 40);
        ScoreOrder order = ScoreOrder.of(all);
        Map<Long, Integer> position = new HashMap<>();
        order.order().forEach(id -> position.put(id, position.size()));
        assertThat(position).hasSize(40);
        for (long id : all.organizations().keySet()) {
            all.linksOf(id).forEach(l -> assertThat(position.get(l.supplierId())).isLessThan(position.get(id)));
            all.legsOf(id).stream().filter(l -> !order.sameComponent(id, l.handlerId()))
                    .forEach(l -> assertThat(position.get(l.handlerId())).isLessThan(position.get(id)));
        }
    }

    @org.junit.jupiter.api.Test
    void shouldCountAHandlerThatBuysFromTheVendorWithItsOwnScore() {
        Random random = new Random(5);
        NetworkFacts base = network(random, 3);
        // 0 buys from 1; 1's custody leg is handled by 0: a cycle through the leg.
        NetworkFacts cyclic = new NetworkFacts(base.organizations(),
                Map.of(0L, List.of(new Facts.SupplierLink(1, "Org 1", "board", Criticality.CRITICAL, 1.0))),
                Map.of(1L, List.of(new Facts.Leg(9, 1, LegKind.FORWARDER, 0, "Org 0", TW, false, false, false))));
        ScoreOrder order = ScoreOrder.of(cyclic);
        assertThat(order.sameComponent(0, 1)).isTrue();
        assertThat(order.sameComponent(0, 2)).isFalse();
        assertThat(order.order().indexOf(1L)).isLessThan(order.order().indexOf(0L));
        assertThat(score(cyclic, Map.of())).hasSize(3);
    }
}
