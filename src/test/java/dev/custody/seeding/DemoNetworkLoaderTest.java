package dev.custody.seeding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Assessment;
import dev.custody.network.CustodyLeg;
import dev.custody.network.Incident;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo network seeded at start is complete, and seeding it again changes nothing. */
@QuarkusTest
class DemoNetworkLoaderTest {
    private static JsonNode demo;
    private static Map<String, String> nameByKey;

    @Inject
    Seeder seeder;
    @Inject
    DemoNetworkLoader loader;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @BeforeAll
    static void readDemoFile() throws IOException {
        try (InputStream in = DemoNetworkLoaderTest.class.getClassLoader().getResourceAsStream(DemoNetworkLoader.RESOURCE)) {
            demo = new ObjectMapper().readTree(in);
        }
        nameByKey = new HashMap<>();
        demo.get("organizations").forEach(o -> nameByKey.put(o.get("key").asText(), o.get("name").asText()));
    }

    // Other tests add organizations of their own, so every check looks at the demo's records by name.
    private List<Organization> demoOrganizations() {
        return em.createQuery("from Organization where name in :names", Organization.class)
                .setParameter("names", nameByKey.values()).getResultList();
    }

    @Test
    @TestTransaction
    void shouldLoadEveryDemoOrganizationAcrossCountriesAndTiers() {
        List<Organization> orgs = demoOrganizations();
        assertThat(orgs).hasSize(nameByKey.size()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(orgs.stream().map(o -> o.hqCountry).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(orgs.stream().map(o -> o.tier).filter(Objects::nonNull).max(Integer::compare)).hasValueSatisfying(
                deepest -> assertThat(deepest).isGreaterThanOrEqualTo(4));
        assertThat(orgs).filteredOn(o -> o.kind == OrganizationKind.VENDOR).isNotEmpty().allSatisfy(
                vendor -> assertThat(vendor.tier).isEqualTo(1));
    }

    @Test
    @TestTransaction
    void shouldPlaceEachSupplierOneTierBelowItsShallowestBuyer() {
        for (Organization org : demoOrganizations()) {
            if (org.kind == OrganizationKind.VENDOR || org.tier == null) {
                continue;
            }
            Integer shallowestBuyer = em.createQuery("select min(l.buyer.tier) from SupplyLink l where l.supplier = :org",
                    Integer.class).setParameter("org", org).getSingleResult();
            assertThat(org.tier).as(org.name).isEqualTo(shallowestBuyer + 1);
        }
    }

    @Test
    @TestTransaction
    void shouldGiveEveryVendorAnOrderedCustodyChainFromItsFactory() {
        List<Organization> vendors = demoOrganizations().stream().filter(o -> o.kind == OrganizationKind.VENDOR).toList();
        assertThat(vendors).hasSizeGreaterThanOrEqualTo(5);
        for (Organization vendor : vendors) {
            List<CustodyLeg> legs = em.createQuery("from CustodyLeg where vendor = :vendor order by sequence",
                    CustodyLeg.class).setParameter("vendor", vendor).getResultList();
            assertThat(legs).as(vendor.name).hasSizeBetween(3, 6);
            assertThat(legs.get(0).kind).isEqualTo(LegKind.FACTORY);
            assertThat(legs.stream().map(l -> l.sequence)).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, legs.size()).boxed().toList());
        }
    }

    @Test
    @TestTransaction
    void shouldKeepExactlyTheDisputedIncidentDisputed() {
        Map<String, String> statusByTitle = new HashMap<>();
        demo.get("incidents").forEach(i -> statusByTitle.put(i.get("title").asText(), i.get("status").asText()));
        List<Incident> incidents = em.createQuery("from Incident where title in :titles", Incident.class)
                .setParameter("titles", statusByTitle.keySet()).getResultList();
        assertThat(incidents).hasSize(statusByTitle.size()).hasSizeGreaterThanOrEqualTo(10);
        incidents.forEach(i -> assertThat(i.status.name()).as(i.title).isEqualTo(statusByTitle.get(i.title)));
        assertThat(incidents).filteredOn(i -> i.status.name().equals("DISPUTED"))
                .extracting(i -> i.organization.name).containsExactly(nameByKey.get("qianmo-circuit"));
    }

    @Test
    @TestTransaction
    void shouldDateAssessmentsByTheirAgeAndLeaveMissingFactorsUnknown() {
        List<Assessment> assessments = em.createQuery("from Assessment where organization.name in :names", Assessment.class)
                .setParameter("names", nameByKey.values()).getResultList();
        LocalDate today = LocalDate.now(clock);
        // The seed ran at start; near midnight that may have been yesterday.
        Set<String> expected = new HashSet<>();
        demo.get("assessments").forEach(a -> {
            for (LocalDate loadDay : List.of(today, today.minusDays(1))) {
                expected.add(nameByKey.get(a.get("organization").asText()) + "|" + a.get("assessor").asText() + "|"
                        + loadDay.minusMonths(a.get("assessedMonthsAgo").asInt()));
            }
        });
        assertThat(assessments).hasSize(demo.get("assessments").size());
        assertThat(assessments.stream().map(a -> a.organization.name + "|" + a.assessor + "|" + a.assessedOn)
                .collect(Collectors.toSet())).isSubsetOf(expected);
        assertThat(assessments).filteredOn(a -> a.assessedOn.isBefore(today.minusMonths(18))).isNotEmpty();
        assertThat(assessments).filteredOn(a -> a.ratings().size() < InsiderFactor.values().length).isNotEmpty()
                .allSatisfy(a -> assertThat(a.ratings().values()).allSatisfy(r -> assertThat(r).isBetween(0, 4)));
    }

    private static long organizationCount() {
        return QuarkusTransaction.requiringNew().call(() -> Organization.count());
    }

    @Test
    void shouldNotSeedTheDemoNetworkTwice() {
        long before = organizationCount();
        assertThat(seeder.seed("demo-network", loader::load)).isFalse();
        assertThat(organizationCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseToLoadIntoADatabaseThatHoldsOrganizations() {
        long before = organizationCount();
        int created = QuarkusTransaction.requiringNew().call(loader::load);
        assertThat(created).isZero();
        assertThat(organizationCount()).isEqualTo(before);
    }
}
