package dev.custody.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.Criticality;
import dev.custody.reports.ExecutiveReportData.CountryExposure;
import dev.custody.reports.ExecutiveReportData.GeographyExposure;
import dev.custody.reports.GeographyExposureCalculator.VendorSpend;
import dev.custody.scoring.Facts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The executive report's "critical spend through high-risk jurisdictions at tier 2+", worked out by hand on a network
 * small enough to follow on paper.
 *
 * <pre>
 * Countries (geography score G; high-risk from 70):  CN 80, RU 95, IN 70 (exactly the threshold), VN 60, DE 20.
 *
 * Organizations (sites; "hq" = no site, its headquarters count):
 *   V1 vendor, site DE    spend 1,000      A  site DE          D  site RU                G  site DE
 *   V2 vendor, site CN    spend 3,000      B  site CN          E  no site, hq VN         H  site CN
 *   V3 vendor, site RU    spend   500      C  sites VN and IN  F  no site, hq RU
 *
 * Supply links (buyer -> supplier, criticality, share):
 *   V1 -> A critical 0.6    A -> B critical 0.5    V1 -> C critical 0.4    V1 -> D high 1.0 (not critical)
 *   V1 -> G critical 0.1    C -> H critical 0.5
 *   V2 -> A critical 0.5    V2 -> E critical 1.0    E -> B critical 0.2
 *   V3 -> A medium 1.0 (not critical)              D  -> F critical 1.0 (D is never reached critically)
 *
 * What each vendor's item reaches below tier 1 through critical links (product of shares, largest path per place):
 *   V1: A 0.6 (DE), B 0.6 x 0.5 = 0.3 (CN), C 0.4 (VN, IN), G 0.1 (DE), H 0.4 x 0.5 = 0.2 (CN); D and F not
 *       reached (V1 -> D is high, not critical). A country reached through several organizations counts its
 *       largest share, not their sum: DE max(0.6, 0.1) = 0.6, CN max(0.3, 0.2) = 0.3.
 *       High-risk places: CN 0.3, IN 0.4 (70 >= 70)  -> largest 0.4  -> 0.4 x 1,000 = 400
 *   V2: E 1.0 (VN through its hq), A 0.5 (DE), B = max(via E 1.0 x 0.2 = 0.2, via A 0.5 x 0.5 = 0.25) = 0.25 (CN).
 *       V2's own site in CN is tier 1 and does not count.  High-risk: CN 0.25  -> 0.25 x 3,000 = 750
 *   V3: no critical link, reaches nothing (its own site in RU does not count)            -> 0
 *   Critical spend 1,000 + 3,000 + 500 = 4,500; through high-risk 400 + 750 + 0 = 1,150; share 1,150 / 4,500 = 0.25556
 *
 * Spend through each country (sum over vendors of spend x reach):
 *   VN 1,000 x 0.4 + 3,000 x 1.0 = 3,400    DE 1,000 x 0.6 + 3,000 x 0.5 = 2,100    CN 1,000 x 0.3 + 3,000 x 0.25 = 1,050
 *   IN 1,000 x 0.4 = 400                    RU 0
 * Organizations per country (any tier / tier 2+; tiers: V* 1, A C D E G 2, B F H 3):
 *   VN C, E -> 2 / 2    DE V1, A, G -> 3 / 2    CN V2, B, H -> 3 / 2    IN C -> 1 / 1    RU V3, D, F -> 3 / 2
 * </pre>
 */
class GeographyExposureCalculatorTest {
    private static final double HIGH_RISK_FROM = 70.0;
    private static final Map<String, Double> G = Map.of("CN", 80.0, "RU", 95.0, "IN", 70.0, "VN", 60.0, "DE", 20.0);
    private static final Map<String, String> NAMES = Map.of("CN", "China", "RU", "Russia", "IN", "India",
            "VN", "Viet Nam", "DE", "Germany");
    private static final long V1 = 1;
    private static final long V2 = 2;
    private static final long V3 = 3;
    private static final long A = 11;
    private static final long B = 12;
    private static final long C = 13;
    private static final long D = 14;
    private static final long E = 15;
    private static final long F = 16;
    private static final long G_DE = 17;
    private static final long H = 18;

    private final Map<Long, Facts.Organization> organizations = new HashMap<>();
    private final Map<Long, List<Facts.SupplierLink>> links = Map.of(
            V1, List.of(link(A, Criticality.CRITICAL, 0.6), link(C, Criticality.CRITICAL, 0.4),
                    link(D, Criticality.HIGH, 1.0), link(G_DE, Criticality.CRITICAL, 0.1)),
            C, List.of(link(H, Criticality.CRITICAL, 0.5)),
            A, List.of(link(B, Criticality.CRITICAL, 0.5)),
            // A first: the larger path to B (through A) is found before the smaller one (through E) and must stay.
            V2, List.of(link(A, Criticality.CRITICAL, 0.5), link(E, Criticality.CRITICAL, 1.0)),
            E, List.of(link(B, Criticality.CRITICAL, 0.2)),
            V3, List.of(link(A, Criticality.MEDIUM, 1.0)),
            D, List.of(link(F, Criticality.CRITICAL, 1.0)));
    private final Map<Long, Integer> tiers = Map.ofEntries(Map.entry(V1, 1), Map.entry(V2, 1), Map.entry(V3, 1),
            Map.entry(A, 2), Map.entry(C, 2), Map.entry(D, 2), Map.entry(E, 2), Map.entry(G_DE, 2), Map.entry(B, 3),
            Map.entry(F, 3), Map.entry(H, 3));
    private final List<VendorSpend> spend = List.of(new VendorSpend(V1, 1000), new VendorSpend(V2, 3000),
            new VendorSpend(V3, 500));

    GeographyExposureCalculatorTest() {
        organization(V1, null, "DE");
        organization(V2, null, "CN");
        organization(V3, null, "RU");
        organization(A, null, "DE");
        organization(B, null, "CN");
        organization(C, null, "VN", "IN");
        organization(D, null, "RU");
        organization(E, "VN");
        organization(F, "RU");
        organization(G_DE, null, "DE");
        organization(H, null, "CN");
    }

    @Test
    void shouldCountTheLargestHighRiskShareBelowEachVendorInTheSpend() {
        GeographyExposure g = exposure();
        assertThat(g.criticalSpend()).isEqualTo(4500.0);
        assertThat(g.subTierHighRiskSpend()).isCloseTo(1150.0, within(1e-9));
        assertThat(g.subTierHighRiskShare()).isCloseTo(1150.0 / 4500.0, within(1e-12));
        assertThat(g.subTierHighRiskShare()).isCloseTo(0.25556, within(1e-5));
    }

    @Test
    void shouldReachEachPlaceByItsLargestPathAndOnlyThroughCriticalLinks() {
        assertThat(GeographyExposureCalculator.countryReach(V1, organizations, links))
                .containsOnlyKeys("DE", "CN", "VN", "IN")
                .hasEntrySatisfying("DE", v -> assertThat(v).isCloseTo(0.6, within(1e-12)))
                .hasEntrySatisfying("CN", v -> assertThat(v).isCloseTo(0.3, within(1e-12)))
                .hasEntrySatisfying("VN", v -> assertThat(v).isCloseTo(0.4, within(1e-12)))
                .hasEntrySatisfying("IN", v -> assertThat(v).isCloseTo(0.4, within(1e-12)));
        assertThat(GeographyExposureCalculator.countryReach(V2, organizations, links))
                .containsOnlyKeys("VN", "DE", "CN")
                .hasEntrySatisfying("VN", v -> assertThat(v).isCloseTo(1.0, within(1e-12)))
                .hasEntrySatisfying("DE", v -> assertThat(v).isCloseTo(0.5, within(1e-12)))
                .hasEntrySatisfying("CN", v -> assertThat(v).isCloseTo(0.25, within(1e-12)));
        assertThat(GeographyExposureCalculator.countryReach(V3, organizations, links)).isEmpty();
    }

    @Test
    void shouldListEveryCountryWithTheSpendThroughItMostExposedFirst() {
        assertThat(exposure().countries()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType((x, y) -> Math.abs(x - y) < 1e-9 ? 0 : Double.compare(x, y),
                                Double.class).build())
                .containsExactly(
                        new CountryExposure("VN", "Viet Nam", 60.0, false, 2, 2, 3400.0),
                        new CountryExposure("DE", "Germany", 20.0, false, 3, 2, 2100.0),
                        new CountryExposure("CN", "China", 80.0, true, 3, 2, 1050.0),
                        new CountryExposure("IN", "India", 70.0, true, 1, 1, 400.0),
                        new CountryExposure("RU", "Russia", 95.0, true, 3, 2, 0.0));
    }

    @Test
    void shouldGiveAShareOfZeroWithoutSpend() {
        GeographyExposure g = GeographyExposureCalculator.of(List.of(new VendorSpend(V1, 0)), organizations, links,
                tiers, G, NAMES, HIGH_RISK_FROM);
        assertThat(g.criticalSpend()).isZero();
        assertThat(g.subTierHighRiskShare()).isZero();
    }

    @Test
    void shouldCountAVendorWhollyWhenItsWholeItemComesFromAHighRiskPlace() {
        // V2 with E moved to RU (hq): E is reached with share 1.0 in a high-risk place -> all 3,000 of V2's spend.
        organization(E, "RU");
        GeographyExposure g = GeographyExposureCalculator.of(List.of(new VendorSpend(V2, 3000)), organizations,
                links, tiers, G, NAMES, HIGH_RISK_FROM);
        assertThat(g.subTierHighRiskSpend()).isCloseTo(3000.0, within(1e-9));
        assertThat(g.subTierHighRiskShare()).isCloseTo(1.0, within(1e-12));
    }

    private GeographyExposure exposure() {
        return GeographyExposureCalculator.of(spend, organizations, links, tiers, G, NAMES, HIGH_RISK_FROM);
    }

    private static Facts.SupplierLink link(long supplier, Criticality criticality, double share) {
        return new Facts.SupplierLink(supplier, "org " + supplier, "item", criticality, share);
    }

    private void organization(long id, String hq, String... siteCountries) {
        List<Facts.Site> sites = java.util.Arrays.stream(siteCountries)
                .map(iso -> new Facts.Site(id * 100 + iso.hashCode() % 97, "site", "city", java.util.Set.of(),
                        country(iso))).toList();
        organizations.put(id, new Facts.Organization(id, "org " + id, hq == null ? country(siteCountries[0])
                : country(hq), sites, null, List.of()));
    }

    private static Facts.Country country(String iso) {
        return new Facts.Country(iso, NAMES.get(iso), null, false, false, false, false, Map.of());
    }
}
