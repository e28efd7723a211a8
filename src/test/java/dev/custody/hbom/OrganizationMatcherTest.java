package dev.custody.hbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one place HBOM names meet stored organizations: equal after normalisation, close, or neither. */
class OrganizationMatcherTest {
    private static final OrganizationMatcher MATCHER = OrganizationMatcher.of(List.of(
            new Object[] {1L, "Kaohsiung Board Works Co., Ltd.", "TW"},
            new Object[] {2L, "Brightkeel Firmware Inc.", "US"},
            new Object[] {3L, "Nordmark Secure Elements GmbH", "DE"},
            new Object[] {4L, "NORDMARK SECURE ELEMENTS AG", "AT"}), 0.88);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kaohsiung Board Works Co., Ltd. | 1",
            "KAOHSIUNG BOARD WORKS           | 1",
            "Kaohsiung Board-Works Limited   | 1",
            "Brightkeel Firmware, Inc        | 2"})
    void shouldTakeANameEqualAfterNormalisationAsTheStoredOrganization(String name, long id) {
        OrganizationMatcher.Match match = MATCHER.match(name);
        assertThat(match.equal()).extracting(OrganizationMatcher.Candidate::id).containsExactly(id);
        assertThat(match.close()).isEmpty();
    }

    @Test
    void shouldListEveryStoredOrganizationANameEqualsWhenThereAreSeveral() {
        assertThat(MATCHER.match("Nordmark Secure Elements").equal()).extracting(OrganizationMatcher.Candidate::id)
                .containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void shouldListACloseNameForConfirmationWithItsSimilarity() {
        OrganizationMatcher.Match match = MATCHER.match("Brightwater Firmware LLC");
        assertThat(match.equal()).isEmpty();
        assertThat(match.close()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(2L);
            assertThat(c.similarity()).isBetween(0.88, 0.99);
        });
        assertThat(MATCHER.match("Kaohsiung Bord Works").close()).extracting(OrganizationMatcher.Candidate::id)
                .containsExactly(1L);
    }

    @ParameterizedTest
    @CsvSource({"Penghu Laminates Corporation", "Velsund Networks Ltd.", "Firmware Partners"})
    void shouldFindNothingForAnUnrelatedName(String name) {
        OrganizationMatcher.Match match = MATCHER.match(name);
        assertThat(match.equal()).isEmpty();
        assertThat(match.close()).isEmpty();
    }

    @Test
    void shouldKeyANameOfOnlyLegalWordsByItself() {
        assertThat(OrganizationMatcher.key("Kaohsiung Board Works Co., Ltd.")).isEqualTo("kaohsiung board works");
        assertThat(OrganizationMatcher.key(" Company ")).isEqualTo("company");
    }
}
