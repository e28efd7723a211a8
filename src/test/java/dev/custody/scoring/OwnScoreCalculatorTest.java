package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.MODEL;
import static dev.custody.scoring.ScoringSamples.TODAY;
import static dev.custody.scoring.ScoringSamples.allRated;
import static dev.custody.scoring.ScoringSamples.assessment;
import static dev.custody.scoring.ScoringSamples.country;
import static dev.custody.scoring.ScoringSamples.incident;
import static dev.custody.scoring.ScoringSamples.organization;
import static dev.custody.scoring.ScoringSamples.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.scoring.Contribution.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The own score: weighted dimensions, the floor, the band. */
class OwnScoreCalculatorTest {

    @Test
    void shouldWeighTheThreeDimensions() {
        Map<InsiderFactor, Integer> ratings = allRated(2);
        ratings.remove(InsiderFactor.PERSONNEL_SCREENING);
        Facts.Organization o = organization(country("CN", 42), List.of(site("line", country("CN", 42))),
                assessment(TODAY, ratings), List.of(incident("alleged", TODAY, 6, IncidentStatus.ALLEGED)));
        // G 58, I (10 * 50 + 100) / 11 = 54.545, H 100 * 0.6 * 0.5 = 30
        // each dimension is rounded to the one decimal shown first (I 54.5), then
        // own = 0.35 * 58 + 0.40 * 54.5 + 0.25 * 30 = 20.3 + 21.8 + 7.5 = 49.6 -> medium
        OwnScore own = OwnScoreCalculator.score(o, TODAY, MODEL);
        assertThat(own.insider().score()).isEqualTo(54.5);
        assertThat(own.score()).isEqualTo(49.6);
        assertThat(own.band()).isEqualTo(Band.MEDIUM);
        assertThat(own.floorApplied()).isFalse();
        assertThat(own.contributions()).extracting(Contribution::label)
                .containsExactly("insider-threat exposure", "geography", "incident history");
        assertThat(own.contributions()).extracting(Contribution::code).containsExactly("INSIDER", "GEOGRAPHY", "INCIDENT");
        assertThat(own.contributions().stream().mapToDouble(Contribution::points).sum()).isCloseTo(own.score(),
                within(1e-9));
    }

    @Test
    void shouldLiftTheScoreToTheFloorWhenOneDimensionIsAtNinetyOrMore() {
        Facts.Country iran = country("IR", 24, true, true, true, null);
        Facts.Organization o = organization(iran, List.of(site("plant", iran)), assessment(TODAY, allRated(0)),
                List.of());
        // G 100 (embargo), I 0, H 0: 0.35 * 100 = 35, but G >= 90 so at least 75 -> critical
        OwnScore own = OwnScoreCalculator.score(o, TODAY, MODEL);
        assertThat(own.score()).isEqualTo(75.0);
        assertThat(own.band()).isEqualTo(Band.CRITICAL);
        assertThat(own.floorApplied()).isTrue();
        assertThat(own.contributions().get(0).kind()).isEqualTo(Kind.FLOOR);
        assertThat(own.contributions().get(0).points()).isCloseTo(40.0, within(1e-9));
        assertThat(own.contributions().get(0).label()).isEqualTo("floor 75: geography 100 at or above 90");
    }

    @Test
    void shouldListATriggeredFloorThatDoesNotLiftWithZeroPoints() {
        Facts.Country iran = country("IR", 24, true, true, true, null);
        // G 100, I 100 (never assessed), H 0: 35 + 40 = 75, already at the floor
        OwnScore own = OwnScoreCalculator.score(organization(iran, List.of(), null, List.of()), TODAY, MODEL);
        assertThat(own.score()).isCloseTo(75.0, within(1e-9));
        assertThat(own.floorApplied()).isFalse();
        assertThat(own.contributions()).filteredOn(c -> c.kind() == Kind.FLOOR).singleElement()
                .satisfies(c -> assertThat(c.points()).isZero());
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"0, LOW", "24.99, LOW", "25, MEDIUM", "49.99, MEDIUM", "50, HIGH", "74.99, HIGH", "75, CRITICAL",
        "100, CRITICAL"})
    void shouldBandScoresAtTwentyFiveFiftyAndSeventyFive(double score, Band band) {
        assertThat(MODEL.band(score)).isEqualTo(band);
    }
}
