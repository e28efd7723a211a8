package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.MODEL;
import static dev.custody.scoring.ScoringSamples.country;
import static dev.custody.scoring.ScoringSamples.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.Criticality;
import dev.custody.scoring.Contribution.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores as annual compromise probabilities, combined up the tiers and through custody legs. */
class PropagationTest {
    private static final Facts.Country CHINA = country("CN", 42, false, false, true, true);

    @ParameterizedTest(name = "R {0} <-> p {1}")
    @CsvSource({
        // p(0) = pMin = 0.001, p(100) = pMax = 0.2
        "0,   0.001",
        "100, 0.2",
        // p(50) = 0.001 * 200^0.5 = 0.0141421
        "50,  0.0141421",
        // p(20) = 0.001 * 200^0.2 = 0.0028854
        "20,  0.0028854"})
    void shouldMapScoresToProbabilitiesAndBack(double score, double probability) {
        assertThat(Propagation.probability(score, MODEL)).isCloseTo(probability, within(1e-7));
        assertThat(Propagation.score(probability, MODEL)).isCloseTo(score, within(1e-4));
    }

    @ParameterizedTest(name = "p {0} -> R {1}")
    @CsvSource({"0, 0", "0.0005, 0", "0.5, 100", "1, 100"})
    void shouldClampScoresOfProbabilitiesOutsideTheRange(double probability, double score) {
        assertThat(Propagation.score(probability, MODEL)).isEqualTo(score);
    }

    @Test
    void shouldRaiseAVendorByItsSupplierInATwoTierChain() {
        // supplier own 50: p = 0.0141421; vendor own 20: p = 0.0028854
        // critical link (k 1.0), share 0.6: p_eff = 1 - (1 - 0.0028854) * (1 - 1.0 * 0.6 * 0.0141421)
        //   = 1 - 0.9971146 * 0.9915147 = 0.0113462 -> R = 100 * ln(11.3462) / ln(200) = 45.843
        Facts.SupplierLink link = new Facts.SupplierLink(7, "Acme Boards", "board assembly", Criticality.CRITICAL, 0.6,
                70L);
        InheritedScore inherited = Propagation.inherit(20, List.of(link), Map.of(7L, Propagation.probability(50, MODEL)),
                List.of(), Map.of(), MODEL);
        assertThat(inherited.pOwn()).isCloseTo(0.0028854, within(1e-7));
        assertThat(inherited.pEff()).isCloseTo(0.0113462, within(1e-7));
        // 45.843 is stored, shown and passed on rounded to one decimal
        assertThat(inherited.score()).isEqualTo(45.8);
        assertThat(inherited.band()).isEqualTo(Band.MEDIUM);
        // the link adds 45.8 - 20 = 25.8 points, more than the own score's 20
        assertThat(inherited.contributions()).extracting(Contribution::kind).containsExactly(Kind.SUPPLIER, Kind.DIMENSION);
        assertThat(inherited.contributions().get(0).label()).isEqualTo("board assembly from Acme Boards (critical, share 60 %)");
        assertThat(inherited.contributions().get(0).points()).isCloseTo(25.8, within(1e-9));
        assertThat(inherited.contributions().get(1).label()).isEqualTo("own score");
        assertThat(inherited.contributions().get(1).points()).isEqualTo(20.0);
        assertThat(inherited.contributions()).extracting(Contribution::ref).containsExactly(
                new Contribution.Ref(70L, 7L, null), new Contribution.Ref(null, null, "OWN"));
    }

    @Test
    void shouldCarryRiskUpThreeTiers() {
        // tier 3 own 80: p = 0.0693145
        // tier 2 own 50, high link (k 0.75) share 0.5: 1 - 0.9858579 * (1 - 0.375 * 0.0693145) = 0.0397675 -> R 69.514
        // vendor own 20, critical share 0.6 on tier 2's p_eff: 1 - 0.9971146 * (1 - 0.6 * 0.0397675) = 0.0266770 -> R 61.978
        InheritedScore tier2 = Propagation.inherit(50, List.of(new Facts.SupplierLink(3, "Deep", "chip", Criticality.HIGH,
                0.5)), Map.of(3L, Propagation.probability(80, MODEL)), List.of(), Map.of(), MODEL);
        assertThat(tier2.score()).isEqualTo(69.5);
        InheritedScore vendor = Propagation.inherit(20, List.of(new Facts.SupplierLink(2, "Mid", "board",
                Criticality.CRITICAL, 0.6)), Map.of(2L, tier2.pEff()), List.of(), Map.of(), MODEL);
        assertThat(vendor.score()).isEqualTo(62.0);
    }

    @Test
    void shouldScoreACustodyLegByCountryAndMissingControlsOrByItsHandler() {
        Facts.Leg leg = leg(2, 9, CHINA, true, false, false);
        // 0.5 * G 70 + 0.5 * 100 * 2/3 missing = 35 + 33.333 = 68.333
        assertThat(Propagation.legScore(leg, 0, 0, MODEL)).isCloseTo(68.333, within(1e-3));
        assertThat(Propagation.legScore(leg, 80, 0, MODEL)).isEqualTo(80.0);
        assertThat(Propagation.legScore(leg(1, 9, CHINA, true, true, true), 0, 0, MODEL)).isEqualTo(35.0);
    }

    @Test
    void shouldCountACustodyLegAsAHighSupplierWithShareOne() {
        Facts.Leg leg = leg(2, 9, CHINA, true, false, false);
        // leg 68.333: p = 0.001 * 200^0.68333 = 0.037357; k(high) 0.75 * 1 * 0.037357 = 0.028018
        // vendor own 0: p_eff = 1 - 0.999 * (1 - 0.028018) = 0.028990 -> R = 100 * ln(28.990) / ln(200) = 63.547
        InheritedScore inherited = Propagation.inherit(0, List.of(), Map.of(), List.of(leg), Map.of(9L, 10.0), MODEL);
        assertThat(inherited.pEff()).isCloseTo(0.028990, within(1e-6));
        assertThat(inherited.score()).isEqualTo(63.5);
        Contribution first = inherited.contributions().get(0);
        assertThat(first.kind()).isEqualTo(Kind.CUSTODY_LEG);
        assertThat(first.label()).isEqualTo("custody leg 2 (forwarder) by Handler 9 in CN land: missing tracking, escort");
        assertThat(first.points()).isCloseTo(63.5, within(1e-9));
        // the leg (id 2, like its sequence in the samples) and its handler
        assertThat(first.ref()).isEqualTo(new Contribution.Ref(2L, 9L, null));
    }

    @Test
    void shouldSplitTheAddedPointsInProportionToEachEdgesHazard() {
        // own 30: p = 0.0049013; A critical share 1 at R 90: p = 0.1177408, factor 0.8822592, hazard -ln = 0.1252694;
        // B low (k 0.25) share 0.05 at R 10: p = 0.0016986, factor 1 - 0.0125 * 0.0016986 = 0.9999788, hazard 0.0000212
        // p_eff = 1 - 0.9950987 * 0.8822592 * 0.9999788 = 0.1220836 -> R 90.684; added 60.684 points
        // shown as 90.7, so 60.7 points to split: A gets 60.7 * 0.1252694 / 0.1252906 = 60.690, B 0.0103
        Facts.SupplierLink a = new Facts.SupplierLink(1, "A", "board", Criticality.CRITICAL, 1.0);
        Facts.SupplierLink b = new Facts.SupplierLink(2, "B", "screws", Criticality.LOW, 0.05);
        InheritedScore both = Propagation.inherit(30, List.of(a, b), Map.of(1L, Propagation.probability(90, MODEL),
                2L, Propagation.probability(10, MODEL)), List.of(), Map.of(), MODEL);
        assertThat(both.score()).isEqualTo(90.7);
        assertThat(both.contributions()).extracting(Contribution::label)
                .containsExactly("board from A (critical, share 100 %)", "own score", "screws from B (low, share 5 %)");
        assertThat(both.contributions().get(0).points()).isCloseTo(60.690, within(1e-3));
        assertThat(both.contributions().get(2).points()).isCloseTo(0.0103, within(1e-4));
    }

    @Test
    void shouldStillExplainTheInheritedScoreAtTheClamp() {
        // own 0; A critical share 1 at p_max 0.2: hazard -ln 0.8 = 0.2231436; B critical share 1 at R 90: 0.1252694.
        // p_eff = 1 - 0.999 * 0.8 * 0.8822592 = 0.2948985 > p_max -> R 100. Without B p_eff is still 0.2008 (R 100),
        // so marginal points would give B nothing. Split: A 100 * 0.2231436 / 0.3484130 = 64.046, B 35.954;
        // the larger hazard term (A) gets the most points.
        Facts.SupplierLink a = new Facts.SupplierLink(1, "A", "board", Criticality.CRITICAL, 1.0, 11L);
        Facts.SupplierLink b = new Facts.SupplierLink(2, "B", "chip", Criticality.CRITICAL, 1.0, 12L);
        InheritedScore inherited = Propagation.inherit(0, List.of(a, b), Map.of(1L, 0.2, 2L,
                Propagation.probability(90, MODEL)), List.of(), Map.of(), MODEL);
        assertThat(inherited.score()).isEqualTo(100.0);
        assertThat(inherited.contributions()).extracting(Contribution::ref).startsWith(
                new Contribution.Ref(11L, 1L, null), new Contribution.Ref(12L, 2L, null));
        assertThat(inherited.contributions().get(0).points()).isCloseTo(64.046, within(1e-3));
        assertThat(inherited.contributions().get(1).points()).isCloseTo(35.954, within(1e-3));
    }

    @Test
    void shouldCountAnUnscoredSupplierAsTheWorst() {
        Facts.SupplierLink link = new Facts.SupplierLink(5, "New", "board", Criticality.CRITICAL, 1.0);
        InheritedScore inherited = Propagation.inherit(0, List.of(link), Map.of(), List.of(), Map.of(), MODEL);
        // 1 - 0.999 * (1 - 0.2) = 0.2008 -> R 100 (clamped)
        assertThat(inherited.score()).isEqualTo(100.0);
        assertThat(inherited.contributions().get(0).detail()).contains("not scored yet");
    }
}
