package dev.custody.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.network.Criticality;
import dev.custody.network.LegKind;
import dev.custody.network.OrganizationKind;
import dev.custody.seeding.SyntheticNetwork.Leg;
import dev.custody.seeding.SyntheticNetwork.Link;
import dev.custody.seeding.SyntheticNetwork.Org;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated benchmark network: deterministic, the requested size, a DAG with tiers that go deeper. */
class SyntheticNetworkTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final SyntheticNetwork NETWORK = SyntheticNetwork.generate(42, 2_000, 10_000, TODAY);

    @Test
    void shouldGenerateTheSameNetworkFromTheSameSeed() {
        assertThat(SyntheticNetwork.generate(42, 2_000, 10_000, TODAY)).isEqualTo(NETWORK);
        assertThat(SyntheticNetwork.generate(43, 2_000, 10_000, TODAY)).isNotEqualTo(NETWORK);
    }

    @ParameterizedTest
    @CsvSource({"50, 200", "300, 1500", "2000, 10000", "5000, 8000"})
    void shouldHaveTheRequestedNumbersOfOrganizationsAndLinks(int organizations, int links) {
        SyntheticNetwork network = SyntheticNetwork.generate(1, organizations, links, TODAY);
        assertThat(network.organizations()).hasSize(organizations);
        assertThat(network.links()).hasSize(links);
        assertThat(network.organizations().stream().map(Org::name).distinct()).hasSize(organizations);
        assertThat(network.links().stream().map(l -> l.buyer() + "|" + l.supplier() + "|" + l.item()).distinct())
                .hasSize(links);
    }

    @Test
    void shouldHaveTheShapeOfAHardwareSupplyNetwork() {
        List<Org> orgs = NETWORK.organizations();
        long vendors = orgs.stream().filter(o -> o.kind() == OrganizationKind.VENDOR).count();
        assertThat(vendors).isBetween(40L, 80L);
        assertThat(orgs.stream().map(Org::tier).filter(t -> t != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        Map<Integer, Long> perTier = orgs.stream().filter(o -> o.tier() != null)
                .collect(Collectors.groupingBy(Org::tier, Collectors.counting()));
        IntStream.rangeClosed(2, 5).forEach(t -> assertThat(perTier.get(t)).isGreaterThan(perTier.get(t - 1)));
        assertThat(NETWORK.sites().size()).isBetween(2_800, 3_200);
        assertThat(NETWORK.incidents().size()).isBetween(20, 90);
        // a risk team's records: nearly every vendor assessed, most deep suppliers (tier 4 and 5) never
        Map<Integer, Long> assessedPerTier = NETWORK.assessments().stream().map(a -> orgs.get(a.organization()).tier())
                .filter(t -> t != null).collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertThat(assessedPerTier.get(1) / (double) perTier.get(1)).isGreaterThan(0.85);
        assertThat((assessedPerTier.getOrDefault(4, 0L) + assessedPerTier.getOrDefault(5, 0L))
                / (double) (perTier.get(4) + perTier.get(5))).isLessThan(0.15);
        // below tier 2, components are mostly of low or medium criticality
        List<Link> deep = NETWORK.links().stream().filter(l -> {
            Integer tier = orgs.get(l.supplier()).tier();
            return tier != null && tier >= 4 && orgs.get(l.supplier()).kind() == OrganizationKind.COMPONENT_SUPPLIER;
        }).toList();
        assertThat(deep.stream().filter(l -> l.criticality() == Criticality.LOW || l.criticality() == Criticality.MEDIUM)
                .count() / (double) deep.size()).isGreaterThan(0.75);
        assertThat(NETWORK.assessments()).filteredOn(a -> a.ratings().size() < 11).isNotEmpty();
        assertThat(NETWORK.links()).extracting(Link::share)
                .allSatisfy(s -> assertThat(s).isBetween(new BigDecimal("0.05"), BigDecimal.ONE));
        assertThat(NETWORK.links().stream().map(Link::criticality).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Criticality.values());
    }

    @Test
    void shouldDrawEveryCountryFromTheReferenceData() {
        Set<String> known = TsvFile.read(ReferenceDataLoader.COUNTRIES).stream().map(r -> r.get("iso2"))
                .collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        NETWORK.organizations().forEach(o -> used.add(o.hqCountry()));
        NETWORK.sites().forEach(s -> used.add(s.country()));
        NETWORK.legs().forEach(l -> used.add(l.country()));
        assertThat(known).containsAll(used);
        assertThat(used).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void shouldHaveNoCycle() {
        int n = NETWORK.organizations().size();
        int[] buyers = new int[n];
        Map<Integer, List<Integer>> suppliers = new HashMap<>();
        for (Link link : NETWORK.links()) {
            buyers[link.supplier()]++;
            suppliers.computeIfAbsent(link.buyer(), b -> new ArrayList<>()).add(link.supplier());
        }
        // Kahn's algorithm: every organization can be ordered only when no link closes a cycle.
        Deque<Integer> ready = new ArrayDeque<>();
        IntStream.range(0, n).filter(i -> buyers[i] == 0).forEach(ready::add);
        int ordered = 0;
        while (!ready.isEmpty()) {
            ordered++;
            for (int supplier : suppliers.getOrDefault(ready.poll(), List.of())) {
                if (--buyers[supplier] == 0) {
                    ready.add(supplier);
                }
            }
        }
        assertThat(ordered).isEqualTo(n);
    }

    @Test
    void shouldLinkEveryBuyerToASupplierOneTierDeeper() {
        List<Org> orgs = NETWORK.organizations();
        assertThat(NETWORK.links()).allSatisfy(l -> assertThat(orgs.get(l.supplier()).tier())
                .isEqualTo(orgs.get(l.buyer()).tier() + 1));
        Map<Integer, List<Integer>> suppliers = new HashMap<>();
        NETWORK.links().forEach(l -> suppliers.computeIfAbsent(l.buyer(), b -> new ArrayList<>()).add(l.supplier()));
        List<Integer> vendors = IntStream.range(0, orgs.size())
                .filter(i -> orgs.get(i).kind() == OrganizationKind.VENDOR).boxed().toList();
        Map<Integer, Integer> derived = Tiers.derive(vendors, suppliers);
        IntStream.range(0, orgs.size()).forEach(i -> assertThat(orgs.get(i).tier()).isEqualTo(derived.get(i)));
    }

    @Test
    void shouldGiveEveryVendorACustodyChainFromADirectSupplierThroughLogistics() {
        Map<Integer, List<Leg>> chains = NETWORK.legs().stream().collect(Collectors.groupingBy(Leg::vendor));
        Set<String> direct = NETWORK.links().stream().map(l -> l.buyer() + ">" + l.supplier()).collect(Collectors.toSet());
        List<Org> orgs = NETWORK.organizations();
        IntStream.range(0, orgs.size()).filter(i -> orgs.get(i).kind() == OrganizationKind.VENDOR).forEach(vendor -> {
            List<Leg> chain = chains.get(vendor);
            assertThat(chain).hasSizeBetween(3, 5);
            assertThat(chain).extracting(Leg::sequence).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, chain.size()).boxed().toList());
            assertThat(chain.get(0).kind()).isEqualTo(LegKind.FACTORY);
            assertThat(direct).contains(vendor + ">" + chain.get(0).handler());
            assertThat(chain.subList(1, chain.size())).allSatisfy(leg -> assertThat(orgs.get(leg.handler()).kind())
                    .isIn(OrganizationKind.LOGISTICS_PROVIDER, OrganizationKind.CUSTOMS_BROKER, OrganizationKind.DISTRIBUTOR));
        });
        assertThat(chains.keySet()).allSatisfy(v -> assertThat(orgs.get(v).kind()).isEqualTo(OrganizationKind.VENDOR));
    }

    @ParameterizedTest
    @CsvSource({"49, 200", "2000, 1000", "100, 100000"})
    void shouldRefuseSizesItCannotBuild(int organizations, int links) {
        assertThatThrownBy(() -> SyntheticNetwork.generate(1, organizations, links, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
