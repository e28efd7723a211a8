package dev.custody.network.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.network.Criticality;
import dev.custody.network.OrganizationFilter;
import dev.custody.network.OrganizationKind;
import dev.custody.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list query as typed in the address bar, and the links built back from it. */
class ListParamsTest {

    private static ListParams params(String sort, String page) {
        return new ListParams("/organizations", "acme corp", "TW", null, null, null, null, sort, page, null);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null,      name,      /organizations?q=acme+corp&country=TW&sort=-name",
            "name,      name,      /organizations?q=acme+corp&country=TW&sort=-name",
            "-name,     name,      /organizations?q=acme+corp&country=TW&sort=name",
            "-name,     tier,      /organizations?q=acme+corp&country=TW&sort=tier",
            "updatedAt, updatedAt, /organizations?q=acme+corp&country=TW&sort=-updatedAt"})
    void shouldToggleTheActiveColumnAndStartOthersAscending(String sort, String column, String expected) {
        assertThat(params(sort, "3").sortUrl(column)).isEqualTo(expected);
    }

    @Test
    void shouldKeepFiltersAndSortWhenPaging() {
        assertThat(params("-tier", "0").pageUrl(2)).isEqualTo("/organizations?q=acme+corp&country=TW&sort=-tier&page=2");
        assertThat(params(null, "2").pageUrl(0)).isEqualTo("/organizations?q=acme+corp&country=TW");
        assertThat(new ListParams("/vendors", null, null, null, null, null, null, null, null, null).pageUrl(0)).isEqualTo("/vendors");
    }

    @Test
    void shouldMarkOnlyTheActiveColumn() {
        ListParams descending = params("-updatedAt", null);
        assertThat(descending.arrow("updatedAt")).isEqualTo("▼");
        assertThat(descending.ariaSort("updatedAt")).isEqualTo("descending");
        assertThat(descending.arrow("name")).isEmpty();
        assertThat(descending.ariaSort("name")).isEqualTo("none");
        assertThat(params(null, null).ariaSort("name")).isEqualTo("ascending");
    }

    @Test
    void shouldReadFiltersAndFixTheKindOfTheVendorList() {
        ListParams raw = new ListParams("/organizations", " chip ", "", "firmware_house", "2", "high", null, null, null, null);
        assertThat(raw.filter(null)).isEqualTo(
                new OrganizationFilter("chip", null, OrganizationKind.FIRMWARE_HOUSE, 2, Criticality.HIGH));
        assertThat(raw.filter(OrganizationKind.VENDOR).kind()).isEqualTo(OrganizationKind.VENDOR);
        assertThat(raw.query().size()).isEqualTo(ListParams.PAGE_SIZE);
    }

    @ParameterizedTest
    @CsvSource({"kind, BOAT", "tier, two", "criticality, severe"})
    void shouldRefuseUnreadableFiltersNamingTheField(String field, String value) {
        ListParams raw = new ListParams("/organizations", null, null, field.equals("kind") ? value : null,
                field.equals("tier") ? value : null, field.equals("criticality") ? value : null, null, null, null, null);
        assertThatThrownBy(() -> raw.filter(null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo(field));
    }

    @Test
    void shouldReadTheBandFilterAndKeepItInTheSortLinks() {
        ListParams high = new ListParams("/vendors", null, null, null, null, null, "High", null, null, null);
        assertThat(high.bandFilter()).isEqualTo(dev.custody.scoring.Band.HIGH);
        assertThat(high.filtered()).isTrue();
        assertThat(high.sortUrl("inherited")).isEqualTo("/vendors?band=High&sort=inherited");
        ListParams bad = new ListParams("/vendors", null, null, null, null, null, "scary", null, null, null);
        assertThatThrownBy(bad::bandFilter).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("band"));
    }

    @Test
    void shouldRefuseABadPageOrSize() {
        assertThatThrownBy(() -> params(null, "x").query()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ListParams("/vendors", null, null, null, null, null, null, null, null, "0").query())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldListVendorsRiskiestFirstAndTheNetworkByNameWhenNoSortIsGiven() {
        ListParams vendors = new ListParams("/vendors", null, null, null, null, null, null, null, null, null);
        assertThat(vendors.query().sort()).isEqualTo("-inherited");
        assertThat(vendors.ariaSort("inherited")).isEqualTo("descending");
        assertThat(vendors.sortUrl("inherited")).isEqualTo("/vendors?sort=inherited");
        ListParams network = new ListParams("/organizations", null, null, null, null, null, null, null, null, null);
        assertThat(network.query().sort()).isEqualTo("name");
    }

    @Test
    void shouldCarryTheFiltersAndSortButNoPageIntoTheExportLinks() {
        ListParams list = new ListParams("/organizations", "Acme & Co", "TW", null, null, null, null, "-own", "3", null);
        assertThat(list.exportUrl("csv")).isEqualTo("/organizations/export?format=csv&q=Acme+%26+Co&country=TW&sort=-own");
        assertThat(new ListParams("/vendors", null, null, null, null, null, null, null, null, null).exportUrl("xlsx"))
                .isEqualTo("/vendors/export?format=xlsx");
    }
}
