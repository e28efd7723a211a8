package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.MODEL;
import static dev.custody.scoring.ScoringSamples.country;
import static dev.custody.scoring.ScoringSamples.organization;
import static dev.custody.scoring.ScoringSamples.site;
import static dev.custody.scoring.ScoringSamples.withIndicators;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.scoring.Contribution.Kind;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Geography G of a country and of an organization, worked by hand. */
class GeographyCalculatorTest {

    @ParameterizedTest(name = "CPI {0}, embargo {1}, group E {2}, ITAR {3}, law {4} -> G {5}")
    @CsvSource(nullValues = "null", value = {
        // CPI 42 -> 100 - 42 = 58
        "42,   false, false, false, null,  58",
        // CPI 90 -> 10; a law "not researched" (null) or "no" (false) sets no floor
        "90,   false, false, false, false, 10",
        // not rated -> unratedCountryScore 100
        "null, false, false, false, null,  100",
        // CPI 42 -> 58, ITAR 126.1 proscribed -> at least 70
        "42,   false, false, true,  true,  70",
        // CPI 80 -> 20, intelligence-cooperation law -> at least 70
        "80,   false, false, false, true,  70",
        // CPI 20 -> 80 is already above the floor 70
        "20,   false, false, true,  null,  80",
        // comprehensive US embargo -> 100 whatever the CPI
        "85,   true,  false, false, null,  100",
        // EAR group E:1/E:2 -> 100
        "60,   false, true,  false, null,  100",
        // Iran: CPI 24 -> 76, proscribed -> stays 76, embargo and group E -> 100
        "24,   true,  true,  true,  null,  100"})
    void shouldScoreACountryByCpiThenItsRules(Integer cpi, boolean embargo, boolean groupE, boolean itar, Boolean law,
            double expected) {
        DimensionScore g = GeographyCalculator.country(country("ZZ", cpi, embargo, groupE, itar, law), MODEL);
        assertThat(g.score()).isCloseTo(expected, within(1e-9));
        assertThat(g.contributions().stream().mapToDouble(Contribution::points).sum()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void shouldNameTheRuleThatLiftsACountry() {
        DimensionScore china = GeographyCalculator.country(country("CN", 42, false, false, true, true), MODEL);
        // 58 from the CPI, +12 from the floor 70
        assertThat(china.contributions()).extracting(Contribution::kind, Contribution::points)
                .containsExactly(Tuple.tuple(Kind.INDICATOR, 58.0),
                        Tuple.tuple(Kind.COUNTRY_RULE, 12.0));
        assertThat(china.contributions().get(1).label())
                .contains("ITAR 126.1 proscribed and a state intelligence-cooperation law, at least 70");

        DimensionScore iran = GeographyCalculator.country(country("IR", 24, true, true, true, null), MODEL);
        assertThat(iran.contributions().get(0).kind()).isEqualTo(Kind.INDICATOR);
        assertThat(iran.contributions()).filteredOn(c -> c.kind() == Kind.COUNTRY_RULE)
                .extracting(Contribution::label, Contribution::points)
                .contains(Tuple.tuple(
                        "IR land: comprehensive US embargo and EAR country group E:1/E:2, scores 100", 24.0));
    }

    @Test
    void shouldBlendCustomIndicatorsAsAWeightedMean() {
        ScoringModel model = ScoringSamples.model(Map.of("cyber", 0.5), MODEL.factorWeights());
        Facts.Country c = withIndicators(country("ZZ", 42), Map.of("cyber", 30.0));
        // (1 * (100 - 42) + 0.5 * 30) / (1 + 0.5) = (58 + 15) / 1.5 = 48.667
        DimensionScore g = GeographyCalculator.country(c, model);
        assertThat(g.score()).isCloseTo(48.667, within(1e-3));
        assertThat(g.contributions()).extracting(Contribution::points)
                .containsExactly(58.0 / 1.5, 15.0 / 1.5);
    }

    @Test
    void shouldLeaveOutAndNameAnIndicatorTheCountryLacks() {
        ScoringModel model = ScoringSamples.model(Map.of("press", 2.0), MODEL.factorWeights());
        // the country has no "press" value: the mean is over the CPI alone, 58
        DimensionScore g = GeographyCalculator.country(country("ZZ", 42), model);
        assertThat(g.score()).isEqualTo(58.0);
        assertThat(g.contributions()).anySatisfy(c -> {
            assertThat(c.label()).isEqualTo("press of ZZ land: no value");
            assertThat(c.points()).isZero();
            assertThat(c.detail()).contains("left out of the mean");
        });
    }

    @Test
    void shouldScoreAnOrganizationByItsWeakestSite() {
        Facts.Organization o = organization(country("DE", 78), List.of(site("Munich plant", country("DE", 78)),
                site("Shenzhen line", country("CN", 42, false, false, true, true))), null, List.of());
        // Munich 100 - 78 = 22; Shenzhen 58 lifted to 70: the maximum is 70
        DimensionScore g = GeographyCalculator.organization(o, MODEL);
        assertThat(g.score()).isEqualTo(70.0);
        assertThat(g.contributions()).extracting(Contribution::kind).containsOnly(Kind.SITE);
        assertThat(g.contributions().get(0).label()).isEqualTo("site Shenzhen line in City, CN land");
        assertThat(g.contributions().get(0).points()).isEqualTo(70.0);
        assertThat(g.contributions().get(0).detail()).startsWith("the weakest of 2 sites");
        assertThat(g.contributions()).extracting(Contribution::ref).containsExactly(
                new Contribution.Ref((long) "Shenzhen line".hashCode(), null, "CN"),
                new Contribution.Ref((long) "Munich plant".hashCode(), null, "DE"));
        assertThat(g.contributions().get(1).points()).isZero();
        assertThat(g.contributions().get(1).detail()).contains("G 22");
    }

    @Test
    void shouldUseTheHeadquartersCountryWhenThereAreNoSitesAndSaySo() {
        DimensionScore g = GeographyCalculator.organization(organization(country("TW", 67), List.of(), null,
                List.of()), MODEL);
        assertThat(g.score()).isEqualTo(33.0);
        assertThat(g.contributions()).singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("headquarters in TW land (no sites recorded)"));
    }

    @Test
    void shouldCountAnUnknownCountryAsUnrated() {
        assertThat(GeographyCalculator.country(null, MODEL).score()).isEqualTo(100.0);
        assertThat(GeographyCalculator.organization(organization(null, List.of(), null, List.of()), MODEL).score())
                .isEqualTo(100.0);
    }
}
