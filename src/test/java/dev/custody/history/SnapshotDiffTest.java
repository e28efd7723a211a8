package dev.custody.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.network.SiteActivity;
import dev.custody.reference.Country;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    @Test
    void shouldListEveryFilledFieldOfACreatedRecordAsNew() {
        List<FieldChange> changes = SnapshotDiff.between(null, site("Hsinchu"));

        assertThat(changes).containsExactly(
                new FieldChange("organization", "", "Acme Boards (#5)"),
                new FieldChange("name", "", "Plant 2"),
                new FieldChange("country", "", "TW"),
                new FieldChange("city", "", "Hsinchu"),
                new FieldChange("activities", "", "BOARD_ASSEMBLY, FIRMWARE_PROGRAMMING"));
    }

    @Test
    void shouldListOnlyTheFieldsThatChanged() {
        assertThat(SnapshotDiff.between(site("Hsinchu"), site("Taichung")))
                .containsExactly(new FieldChange("city", "Hsinchu", "Taichung"));
    }

    @Test
    void shouldListTheLastValuesOfADeletedRecordAsOld() {
        assertThat(SnapshotDiff.between(site("Hsinchu"), null))
                .contains(new FieldChange("city", "Hsinchu", ""))
                .allMatch(change -> change.newValue().isEmpty());
    }

    @Test
    void shouldSkipIdentityVersionTierAndTimestamps() {
        Organization organization = organization();
        organization.tier = 2;
        organization.version = 7;

        assertThat(SnapshotDiff.between(null, organization)).extracting(FieldChange::field)
                .containsExactly("name")
                .doesNotContain("id", "version", "tier", "createdAt", "updatedAt");
    }

    @Test
    void shouldRenderValuesAsAReaderExpectsThem() {
        assertThat(SnapshotDiff.render(null)).isEmpty();
        assertThat(SnapshotDiff.render(true)).isEqualTo("yes");
        assertThat(SnapshotDiff.render(false)).isEqualTo("no");
        assertThat(SnapshotDiff.render(new BigDecimal("0.5000"))).isEqualTo("0.5");
        assertThat(SnapshotDiff.render(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(SnapshotDiff.render(SiteActivity.WAREHOUSING)).isEqualTo("WAREHOUSING");
    }

    @Test
    void shouldRenderCountryFlagsAndLabelWithTheCode() {
        Country before = country(null);
        Country after = country(true);

        assertThat(SnapshotDiff.between(before, after))
                .containsExactly(new FieldChange("intelligenceLaw", "", "yes"));
        assertThat(AuditedType.COUNTRY.label(after)).isEqualTo("Taiwan (TW)");
        assertThat(SnapshotDiff.idOf(after)).isEqualTo("TW");
    }

    private static Site site(String city) {
        Site site = new Site();
        site.id = 9L;
        site.organization = organization();
        site.name = "Plant 2";
        site.country = "TW";
        site.city = city;
        site.activities = EnumSet.of(SiteActivity.FIRMWARE_PROGRAMMING, SiteActivity.BOARD_ASSEMBLY);
        return site;
    }

    private static Organization organization() {
        Organization organization = new Organization();
        organization.id = 5L;
        organization.name = "Acme Boards";
        return organization;
    }

    private static Country country(Boolean intelligenceLaw) {
        Country country = new Country();
        country.iso2 = "TW";
        country.name = "Taiwan";
        country.intelligenceLaw = intelligenceLaw;
        return country;
    }
}
