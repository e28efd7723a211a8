package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.allRated;
import static dev.custody.scoring.ScoringSamples.assessment;
import static dev.custody.scoring.ScoringSamples.country;
import static dev.custody.scoring.ScoringSamples.organization;
import static dev.custody.scoring.ScoringSamples.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.Criticality;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model version 2's formulas (DOMAIN.md section 7) on hand-computed examples. The calibration: p(R) = 0.0002 *
 * 250^(R/100), so R(p) = 100 * ln(p / 0.0002) / ln 250 (ln 250 = 5.521461); one hop passes on 0.5 * (1 - 0.5 *
 * (4 - r) / 4) of a supplier's probability, r the buyer's incoming inspection rating (3, the prior, when unknown:
 * 0.4375); the breadth premium is 15 * x / (x + 30).
 */
class ModelV2FormulaTest {
    static final ScoringModel V2 = ScoringModel.version2();

    @ParameterizedTest(name = "R {0} <-> p {1}")
    @CsvSource({
        // p(0) = 0.0002 (0.02 % a year), p(100) = 0.05 (5 %)
        "0,   0.0002",
        "100, 0.05",
        // p(50) = 0.0002 * 250^0.5 = 0.0031623: a vendor on the medium/high border, 0.32 % a year
        "50,  0.0031623",
        // p(25) = 0.0002 * 250^0.25 = 0.0007953
        "25,  0.0007953"})
    void shouldCalibrateTheProbabilityScale(double score, double probability) {
        assertThat(Propagation.probability(score, V2)).isCloseTo(probability, within(1e-7));
        assertThat(Propagation.score(probability, V2)).isCloseTo(score, within(1e-3));
    }

    @ParameterizedTest(name = "inspection rated {0}: pass-through {1}")
    @CsvSource({"0, 0.25", "1, 0.3125", "2, 0.375", "3, 0.4375", "4, 0.5"})
    void shouldLowerThePassThroughByTheBuyersIncomingInspection(double rating, double passThrough) {
        // 0.5 * (1 - 0.5 * (4 - r) / 4)
        assertThat(Propagation.passThrough(rating, V2)).isCloseTo(passThrough, within(1e-12));
    }

    @Test
    void shouldAddTheRiskiestHandsAndABoundedBreadthPremium() {
        // vendor own 30 (p 0.0010481); one supplier, critical, share 1, inherited 60 = its base (p 0.0054928);
        // pass-through 0.4375: 0.4375 * 0.0054928 = 0.0024031 -> R 45.028, the riskiest hands (base)
        // N = R(1 - (1 - 0.0010481) * (1 - 0.0024031)) = R(0.0034487) = 51.573; x = 6.545
        // premium 15 * 6.545 / 36.545 = 2.686 -> 45.028 + 2.686 = 47.714, shown and stored as 47.7
        Facts.SupplierLink link = new Facts.SupplierLink(2, "Board maker", "Mainboard", Criticality.CRITICAL, 1.0, 20L);
        double p60 = Propagation.probability(60, V2);
        InheritedScore inherited = Propagation.inherit(30, 0.4375, List.of(link), Map.of(2L, new double[] {p60, p60}),
                List.of(), Map.of(), V2);
        assertThat(p60).isCloseTo(0.0054928, within(1e-7));
        assertThat(inherited.base()).isEqualTo(45.0);
        assertThat(inherited.score()).isEqualTo(47.7);
        assertThat(inherited.pEff()).isEqualTo(Propagation.probability(47.7, V2));
        // the 17.7 points above the own score all go to the one link: 15.028 lift + 2.672 of premium (rounded)
        Contribution supplier = inherited.contributions().stream().filter(c -> c.kind() == Contribution.Kind.SUPPLIER)
                .findFirst().orElseThrow();
        assertThat(supplier.label()).isEqualTo("Mainboard from Board maker (critical, share 100 %)");
        assertThat(supplier.points()).isCloseTo(17.7, within(1e-9));
    }

    @Test
    void shouldMixTheSourcesOfOneItemByShareAndNeverAboveTheWorstSource() {
        // one item from two sources: 60 % from A (inherited 70), 40 % from B (inherited 30), both critical:
        // mix = 0.6 * p(70) + 0.4 * p(30) = 0.6 * 0.0095520 + 0.4 * 0.0010481 = 0.0061504 (below the worst, 0.0095520)
        // base contribution R(0.4375 * 0.0061504 = 0.0026908) = 47.074 -> base 47.1 over an own score of 10
        Facts.SupplierLink a = new Facts.SupplierLink(1, "A", "Mainboard", Criticality.CRITICAL, 0.6, 11L);
        Facts.SupplierLink b = new Facts.SupplierLink(2, "B", "mainboard ", Criticality.CRITICAL, 0.4, 12L);
        double p70 = Propagation.probability(70, V2);
        double p30 = Propagation.probability(30, V2);
        InheritedScore mixed = Propagation.inherit(10, 0.4375, List.of(a, b), Map.of(1L, new double[] {p70, p70},
                2L, new double[] {p30, p30}), List.of(), Map.of(), V2);
        assertThat(mixed.base()).isEqualTo(47.1);
        // two items, each wholly from one of them: a unit holds both parts, so A's alone counts in full,
        // R(0.4375 * 0.0095520 = 0.0041790) = 55.028, and any compromised item compromises the product
        Facts.SupplierLink onlyA = new Facts.SupplierLink(1, "A", "Mainboard", Criticality.CRITICAL, 1.0, 11L);
        Facts.SupplierLink onlyB = new Facts.SupplierLink(2, "B", "Power supply", Criticality.CRITICAL, 1.0, 12L);
        InheritedScore separate = Propagation.inherit(10, 0.4375, List.of(onlyA, onlyB), Map.of(1L,
                new double[] {p70, p70}, 2L, new double[] {p30, p30}), List.of(), Map.of(), V2);
        assertThat(separate.base()).isEqualTo(55.0);
        assertThat(separate.score()).isGreaterThan(mixed.score());
        // shares over 1 (bad data) never push an item above its worst source: 1.0 + 1.0 of A and B
        Facts.SupplierLink allA = new Facts.SupplierLink(1, "A", "Mainboard", Criticality.CRITICAL, 1.0, 11L);
        Facts.SupplierLink allB = new Facts.SupplierLink(2, "B", "Mainboard", Criticality.CRITICAL, 1.0, 12L);
        InheritedScore capped = Propagation.inherit(10, 0.4375, List.of(allA, allB), Map.of(1L, new double[] {p70, p70},
                2L, new double[] {p30, p30}), List.of(), Map.of(), V2);
        // worst = p(70) -> R(0.4375 * 0.0095520) = 55.028
        assertThat(capped.base()).isEqualTo(55.0);
    }

    @ParameterizedTest(name = "G {0}, handler {1}, {2} missing: leg {3}")
    @CsvSource({
        // all three controls in place: p(70) * 0.5^3 = 0.0095520 / 8 -> 70 - 100 * ln 8 / ln 250 = 70 - 37.661 = 32.339
        "70, 40, 0, 32.339",
        // the handler's own score counts when it is higher than the country's G: p(80) * 0.5^2 -> 80 - 25.107 = 54.893
        "20, 80, 1, 54.893",
        // nothing in place: the higher of the two as it is
        "35, 50, 3, 50.0"})
    void shouldScoreALegByTheHandlersHandlingTemperedByItsControls(double g, double handler, int missing,
            double expected) {
        assertThat(Propagation.legScore(g, missing, handler, V2)).isCloseTo(expected, within(1e-3));
    }

    @Test
    void shouldCountALegsHandlerByItsOwnScoreNotItsSupplyTree() {
        // version 1 took max(0.5 * G + 0.5 * 100 * missing / 3, handler's inherited); version 2 the handler's own
        Facts.Country nl = country("NL", 79);
        Facts.Leg leg = new Facts.Leg(5, 1, LegKind.CARRIER, 9, "Carrier", nl, true, true, false);
        assertThat(Propagation.legScore(leg, 95.0, 40.0, V2)).isCloseTo(40.0 - 100 * Math.log(4) / Math.log(250),
                within(1e-9));
        assertThat(Propagation.legScore(leg, 95.0, 40.0, ScoringModel.defaults())).isEqualTo(95.0);
    }

    @Test
    void shouldGiveAnUnknownFactorThePriorAndARangeAndLetStaleEvidenceOnlyHurt() {
        // never assessed: every factor counts 3 of 4 (75) for the expected score, 0..4 (0..100) for the range
        DimensionScore unknown = InsiderCalculator.score(null, TODAY, V2);
        assertThat(unknown.score()).isCloseTo(75.0, within(1e-9));
        assertThat(unknown.low()).isZero();
        assertThat(unknown.high()).isEqualTo(100.0);
        assertThat(unknown.assessedShare()).isZero();
        // stale (20 months) with every factor rated 1: max(1, 3) = 3 expected, 1..4 for the range
        DimensionScore staleGood = InsiderCalculator.score(assessment(TODAY.minusMonths(20), allRated(1)), TODAY, V2);
        assertThat(staleGood.score()).isCloseTo(75.0, within(1e-9));
        assertThat(staleGood.low()).isCloseTo(25.0, within(1e-9));
        assertThat(staleGood.high()).isEqualTo(100.0);
        // stale and rated 4 stays 4: stale evidence can only hurt
        DimensionScore staleBad = InsiderCalculator.score(assessment(TODAY.minusMonths(20), allRated(4)), TODAY, V2);
        assertThat(staleBad.score()).isEqualTo(100.0);
        // fresh with one factor unknown: 10 rated 2 and one at the prior 3 -> (10 * 50 + 75) / 11 = 52.273
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(allRated(2));
        ratings.remove(InsiderFactor.FOREIGN_INFLUENCE);
        DimensionScore oneUnknown = InsiderCalculator.score(assessment(TODAY, ratings), TODAY, V2);
        assertThat(oneUnknown.score()).isCloseTo(52.273, within(1e-3));
        assertThat(oneUnknown.low()).isCloseTo(45.455, within(1e-3));
        assertThat(oneUnknown.high()).isCloseTo(54.545, within(1e-3));
        assertThat(oneUnknown.assessedShare()).isCloseTo(10.0 / 11.0, within(1e-12));
    }

    @Test
    void shouldApplyTheFloorToEvidenceOnlyNeverToAPrior() {
        // never assessed in an embargo-free, CPI-5 country: G 95 is evidence -> floor 75
        OwnScore risky = OwnScoreCalculator.score(organization(country("XX", 5), List.of(), null, List.of()), TODAY, V2);
        assertThat(risky.floorApplied()).isTrue();
        assertThat(risky.score()).isEqualTo(75.0);
        // never assessed in Denmark (CPI 90, G 10): the prior's 75 insider is no evidence; high end 0.35 * 10 + 0.4 * 100
        OwnScore unknown = OwnScoreCalculator.score(organization(country("DK", 90), List.of(), null, List.of()), TODAY, V2);
        assertThat(unknown.floorApplied()).isFalse();
        assertThat(unknown.score()).isEqualTo(33.5);
        assertThat(unknown.low()).isEqualTo(3.5);
        assertThat(unknown.high()).isEqualTo(43.5);
        assertThat(unknown.band()).isEqualTo(Band.MEDIUM);
        // every factor assessed 4 (worst) today: evidence at 100 -> the floor applies
        OwnScore assessedBad = OwnScoreCalculator.score(organization(country("DK", 90), List.of(),
                assessment(TODAY, allRated(4)), List.of()), TODAY, V2);
        assertThat(assessedBad.floorApplied()).isTrue();
        assertThat(assessedBad.score()).isEqualTo(75.0);
    }
}
