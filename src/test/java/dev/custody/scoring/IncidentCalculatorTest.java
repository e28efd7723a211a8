package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.MODEL;
import static dev.custody.scoring.ScoringSamples.TODAY;
import static dev.custody.scoring.ScoringSamples.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.IncidentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Incident history H: severity, credibility by status, half-life decay, and the split of H. */
class IncidentCalculatorTest {

    @ParameterizedTest(name = "severity {0}, {1}, {2} days old -> H {3}")
    @CsvSource({
        // 9/10 * 0.95 * 2^0 = 0.855 -> H 85.5
        "9,   CONFIRMED, 0,    85.5",
        // 6/10 * 0.5 = 0.30 -> 30
        "6,   ALLEGED,   0,    30",
        // 10/10 * 0.3 = 0.30 -> 30
        "10,  DISPUTED,  0,    30",
        "10,  REFUTED,   0,    0",
        // 1461 days = 48.0 months = two half-lives: 1 * 0.95 / 4 = 0.2375
        "10,  CONFIRMED, 1461, 23.75",
        // dated 30 days in the future: age 0
        "9,   CONFIRMED, -30,  85.5"})
    void shouldWeighOneIncident(double severity, IncidentStatus status, int daysAgo, double expected) {
        DimensionScore h = IncidentCalculator.score(List.of(incident("one", TODAY.minusDays(daysAgo), severity, status)),
                TODAY, MODEL);
        assertThat(h.score()).isCloseTo(expected, within(1e-3));
    }

    @Test
    void shouldCombineTwoIncidentsAndSplitHByTheirWeight() {
        // A: confirmed, severity 9, today: s = 0.9 * 0.95 = 0.855
        // B: alleged, severity 6, 365 days = 11.992 months ago: s = 0.6 * 0.5 * 2^(-11.992/24) = 0.3 * 0.70727 = 0.21218
        // H = 100 * (1 - 0.145 * 0.78782) = 88.577
        // split by -ln(1 - s): A 1.93102, B 0.23849 -> A 88.577 * 1.93102 / 2.16951 = 78.840, B 9.737
        DimensionScore h = IncidentCalculator.score(List.of(
                incident("implant found", TODAY.minusDays(365), 6, IncidentStatus.ALLEGED),
                incident("firmware swap", TODAY, 9, IncidentStatus.CONFIRMED)), TODAY, MODEL);
        assertThat(h.score()).isCloseTo(88.577, within(1e-3));
        assertThat(h.contributions().get(0).label()).isEqualTo("firmware swap, 31 March 2026 (confirmed)");
        assertThat(h.contributions().get(0).points()).isCloseTo(78.840, within(1e-3));
        assertThat(h.contributions().get(1).label()).isEqualTo("implant found, 31 March 2025 (alleged)");
        assertThat(h.contributions().get(1).points()).isCloseTo(9.737, within(1e-3));
    }

    @Test
    void shouldLabelADisputedIncidentDisputedAndWeighItAtItsCredibility() {
        DimensionScore h = IncidentCalculator.score(List.of(incident("rumoured implant", TODAY, 10,
                IncidentStatus.DISPUTED)), TODAY, MODEL);
        assertThat(h.contributions().get(0).label()).contains("(disputed)").doesNotContain("confirmed");
        assertThat(h.contributions().get(0).detail()).contains("credibility 0.3 (disputed)");
        assertThat(h.contributions().get(0).ref()).isEqualTo(
                new Contribution.Ref((long) "rumoured implant".hashCode(), null, "DISPUTED"));
        assertThat(h.score()).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void shouldListARefutedIncidentAsCountingZero() {
        DimensionScore h = IncidentCalculator.score(List.of(
                incident("cleared", TODAY, 10, IncidentStatus.REFUTED),
                incident("alleged", TODAY, 5, IncidentStatus.ALLEGED)), TODAY, MODEL);
        // only the alleged one counts: 0.5 * 0.5 = 0.25
        assertThat(h.score()).isCloseTo(25.0, within(1e-9));
        assertThat(h.contributions().get(1).label()).endsWith("(refuted: counts 0)");
        assertThat(h.contributions().get(1).points()).isZero();
    }

    @Test
    void shouldScoreNoIncidentsAsZero() {
        assertThat(IncidentCalculator.score(List.of(), TODAY, MODEL).score()).isZero();
        assertThat(IncidentCalculator.score(null, TODAY, MODEL).contributions()).isEmpty();
    }
}
