package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.MODEL;
import static dev.custody.scoring.ScoringSamples.TODAY;
import static dev.custody.scoring.ScoringSamples.allRated;
import static dev.custody.scoring.ScoringSamples.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.InsiderFactor;
import dev.custody.scoring.Contribution.Kind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Insider-threat exposure I: weighted mean of the factors, unknown and stale as worst. */
class InsiderCalculatorTest {

    @ParameterizedTest(name = "all 11 factors rated {0} -> I {1}")
    @CsvSource({"0, 0", "1, 25", "2, 50", "3, 75", "4, 100"})
    void shouldScaleRatingsOfZeroToFourToZeroToHundred(int rating, double expected) {
        DimensionScore i = InsiderCalculator.score(assessment(TODAY.minusMonths(2), allRated(rating)), TODAY, MODEL);
        assertThat(i.score()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void shouldCountAMissingFactorAsWorstAndSayItIsUnknown() {
        Map<InsiderFactor, Integer> ratings = allRated(2);
        ratings.remove(InsiderFactor.FIRMWARE_INTEGRITY);
        // ten factors at 2/4 = 50 and one unknown at 4/4 = 100, equal weights: (10 * 50 + 100) / 11 = 54.545
        DimensionScore i = InsiderCalculator.score(assessment(LocalDate.of(2025, 6, 1), ratings), TODAY, MODEL);
        assertThat(i.score()).isCloseTo(54.545, within(1e-3));
        Contribution first = i.contributions().get(0);
        assertThat(first.kind()).isEqualTo(Kind.FACTOR);
        assertThat(first.label()).isEqualTo(InsiderFactor.FIRMWARE_INTEGRITY.label() + ": unknown");
        assertThat(first.points()).isCloseTo(100.0 / 11, within(1e-9));
        assertThat(first.ref()).isEqualTo(new Contribution.Ref(1L, null, "FIRMWARE_INTEGRITY"));
        assertThat(i.contributions().get(1).label()).endsWith(": rated 2 of 4");
        assertThat(i.contributions().get(1).points()).isCloseTo(50.0 / 11, within(1e-9));
    }

    @ParameterizedTest(name = "assessed {0}, today 2026-03-31 -> stale {1}")
    @CsvSource({
        // 18 months before 2026-03-31 is 2024-09-30: not older than 18 months
        "2024-09-30, false",
        // one day more is older than 18 months
        "2024-09-29, true",
        "2026-03-31, false",
        // a date in the future is not stale
        "2026-05-01, false",
        "2020-01-01, true"})
    void shouldTreatAnAssessmentOlderThanEighteenMonthsAsStale(LocalDate assessedOn, boolean stale) {
        DimensionScore i = InsiderCalculator.score(assessment(assessedOn, allRated(0)), TODAY, MODEL);
        // every factor rated 0 (best): fresh gives 0, stale gives every factor 4 (worst), 100
        assertThat(i.score()).isEqualTo(stale ? 100.0 : 0.0);
        if (stale) {
            assertThat(i.contributions()).allSatisfy(c ->
                    assertThat(c.label()).endsWith(": stale (assessed " + Explanations.date(assessedOn) + ", rated 0 then)"));
        }
    }

    @Test
    void shouldScoreANeverAssessedOrganizationAsWorstWithEveryFactorUnknown() {
        DimensionScore i = InsiderCalculator.score(null, TODAY, MODEL);
        assertThat(i.score()).isEqualTo(100.0);
        assertThat(i.contributions()).hasSize(InsiderFactor.values().length)
                .allSatisfy(c -> {
                    assertThat(c.label()).endsWith(": unknown");
                    assertThat(c.detail()).startsWith("never assessed");
                    assertThat(c.ref().id()).as("no assessment to refer to").isNull();
                });
    }

    @Test
    void shouldWeighFactorsByTheModelsWeights() {
        Map<InsiderFactor, Double> weights = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            weights.put(factor, 0.0);
        }
        weights.put(InsiderFactor.PERSONNEL_SCREENING, 3.0);
        weights.put(InsiderFactor.FOREIGN_INFLUENCE, 1.0);
        Map<InsiderFactor, Integer> ratings = allRated(0);
        ratings.put(InsiderFactor.FOREIGN_INFLUENCE, 4);
        // (3 * 0 + 1 * 100) / (3 + 1) = 25; factors of weight 0 are not listed
        DimensionScore i = InsiderCalculator.score(assessment(TODAY, ratings), TODAY,
                ScoringSamples.model(Map.of(), weights));
        assertThat(i.score()).isEqualTo(25.0);
        assertThat(i.contributions()).hasSize(2);
    }
}
