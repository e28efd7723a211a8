package dev.custody.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.InsiderFactor;
import dev.custody.network.Organization;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading the demo file: tiers from the links, dates from ages, and clear errors naming the JSON path. */
class DemoNetworkReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final Set<String> COUNTRIES = Set.of("US", "CN", "TW", "NL");

    // Single quotes stand for double quotes, so that the cases below stay readable.
    private static final String VALID = """
            {'organizations': [
              {'key': 'acme', 'name': 'Acme', 'kind': 'VENDOR', 'hqCountry': 'US', 'ownership': 'PRIVATE'},
              {'key': 'board', 'name': 'Board Co', 'kind': 'CONTRACT_MANUFACTURER', 'hqCountry': 'TW', 'ownership': 'PRIVATE'},
              {'key': 'chip', 'name': 'Chip Co', 'kind': 'COMPONENT_SUPPLIER', 'hqCountry': 'CN', 'ownership': 'STATE_OWNED'},
              {'key': 'foil', 'name': 'Foil Co', 'kind': 'COMPONENT_SUPPLIER', 'hqCountry': 'CN', 'ownership': 'PRIVATE'},
              {'key': 'ship', 'name': 'Ship Co', 'kind': 'LOGISTICS_PROVIDER', 'hqCountry': 'NL', 'ownership': 'PRIVATE'}],
             'sites': [{'organization': 'board', 'name': 'Plant', 'country': 'TW', 'city': 'Hsinchu', 'activities': ['BOARD_ASSEMBLY']}],
             'supplyLinks': [
              {'buyer': 'acme', 'supplier': 'board', 'item': 'Server', 'itemKind': 'ASSEMBLY', 'share': 1.0, 'criticality': 'CRITICAL'},
              {'buyer': 'board', 'supplier': 'chip', 'item': 'BMC', 'itemKind': 'COMPONENT', 'share': 0.5, 'criticality': 'HIGH'},
              {'buyer': 'acme', 'supplier': 'chip', 'item': 'TPM', 'itemKind': 'COMPONENT', 'share': 0.5, 'criticality': 'HIGH'},
              {'buyer': 'chip', 'supplier': 'foil', 'item': 'Foil', 'itemKind': 'COMPONENT', 'share': 0.2, 'criticality': 'LOW'}],
             'custodyLegs': [{'vendor': 'acme', 'sequence': 1, 'kind': 'FACTORY', 'handler': 'board', 'country': 'TW', 'seals': true, 'tracking': true, 'escort': false}],
             'incidents': [{'organization': 'chip', 'occurredOn': '2018-10-04', 'category': 'HARDWARE_IMPLANT', 'severity': 9.5, 'status': 'DISPUTED', 'title': 'Report', 'sourceReference': 'Fictional'}],
             'assessments': [{'organization': 'ship', 'assessor': 'Ann', 'assessedMonthsAgo': 20, 'factors': {'PERSONNEL_SCREENING': 2, 'CUSTODY_HANDOFFS': 3}}]}
            """;

    private static DemoNetwork read(String json) throws Exception {
        SeedNode root = SeedNode.root(new ObjectMapper().readTree(json.replace('\'', '"')), "test.json");
        return new DemoNetworkReader(COUNTRIES, TODAY).read(root);
    }

    @Test
    void shouldPlaceEachOrganizationBelowItsShallowestBuyer() throws Exception {
        Map<String, Integer> tiers = read(VALID).organizations().stream()
                .collect(Collectors.toMap(o -> o.name, o -> o.tier == null ? 0 : o.tier));
        assertThat(tiers).containsEntry("Acme", 1).containsEntry("Board Co", 2).containsEntry("Chip Co", 2)
                .containsEntry("Foil Co", 3).containsEntry("Ship Co", 0);
    }

    @Test
    void shouldDateAnAssessmentByItsAgeAndLeaveMissingFactorsUnknown() throws Exception {
        DemoNetwork network = read(VALID);
        assertThat(network.assessments().get(0).assessedOn).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(network.assessments().get(0).ratings()).isEqualTo(
                Map.of(InsiderFactor.PERSONNEL_SCREENING, 2, InsiderFactor.CUSTODY_HANDOFFS, 3));
        assertThat(network.size()).isEqualTo(5 + 1 + 4 + 1 + 1 + 1);
    }

    @Test
    void shouldLinkRecordsToTheSameOrganizationObjects() throws Exception {
        DemoNetwork network = read(VALID);
        Function<String, Organization> byName = name -> network.organizations().stream()
                .filter(o -> o.name.equals(name)).findFirst().orElseThrow();
        assertThat(network.links().get(0).supplier).isSameAs(byName.apply("Board Co"));
        assertThat(network.legs().get(0).handler).isSameAs(byName.apply("Board Co"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'supplier': 'chip', 'item': 'BMC'    | 'supplier': 'nope', 'item': 'BMC'    | supplyLinks[1].supplier: unknown organization 'nope'
            'kind': 'COMPONENT_SUPPLIER', 'hqCountry': 'CN', 'ownership': 'STATE_OWNED' | 'kind': 'SUPPLIER', 'hqCountry': 'CN', 'ownership': 'STATE_OWNED' | organizations[2].kind: unknown value 'SUPPLIER'
            'country': 'TW', 'city'              | 'country': 'XX', 'city'              | sites[0].country: unknown country 'XX'
            ['BOARD_ASSEMBLY']                   | ['BOARD_ASSEMBLY', 'GLUING']         | sites[0].activities: unknown value 'GLUING'
            'handler': 'board'                   | 'handler': 'dock'                    | custodyLegs[0].handler: unknown organization 'dock'
            'status': 'DISPUTED'                 | 'status': 'RUMOURED'                 | incidents[0].status: unknown value 'RUMOURED'
            'CUSTODY_HANDOFFS': 3                | 'CUSTODY_HANDOFF': 3                 | assessments[0].factors.CUSTODY_HANDOFF: unknown value
            'CUSTODY_HANDOFFS': 3                | 'CUSTODY_HANDOFFS': 5                | assessments[0].factors.CUSTODY_HANDOFFS: 5 is outside 0..4
            'key': 'ship'                        | 'key': 'acme'                        | organizations[4].key: duplicate key 'acme'
            'occurredOn': '2018-10-04'           | 'occurredOn': '04/10/2018'           | incidents[0].occurredOn: expected a date
            """)
    void shouldRefuseTheSeedNamingWhereItIsWrong(String valid, String broken, String message) {
        assertThat(VALID).contains(valid);
        assertThatThrownBy(() -> read(VALID.replace(valid, broken)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.json at ")
                .hasMessageContaining(message);
    }
}
