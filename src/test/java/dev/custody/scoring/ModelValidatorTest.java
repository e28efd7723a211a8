package dev.custody.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentStatus;
import dev.custody.web.FieldError;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelValidatorTest {
    static ScoringModel with(ScoringModel d, double weightGeography, double pMin, double pMax, double medium,
            double high, double critical, double halfLife) {
        return new ScoringModel(d.cpiWeight(), d.indicatorWeights(), d.unratedCountryScore(), d.proscribedFloor(),
                d.factorWeights(), d.staleAfterMonths(), d.credibility(), halfLife, weightGeography, d.weightInsider(),
                d.weightIncident(), d.floorTrigger(), d.floorScore(), medium, high, critical, pMin, pMax,
                d.criticalityFactor(), d.legCriticality(), d.legGeographyWeight(),
                d.scenarioShares(), d.amortisationYears(), d.viabilityThreshold(), d.formula(), d.unknownPrior(),
                d.passThrough(), d.inspectionEffect(), d.breadthPremium(),
                d.breadthHalfAt(), d.legControlEffect());
    }

    static Set<String> fields(ScoringModel m) {
        return ModelValidator.check(m, Set.of("Known index")).stream().map(FieldError::field)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void shouldAcceptTheDomainDefaults() {
        assertThat(ModelValidator.check(ScoringModel.defaults(), Set.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0.35, 0.001, 0.2, 25, 50, 75, 24, ''",
        "0.36, 0.001, 0.2, 25, 50, 75, 24, weightGeography",
        "0.35000000001, 0.001, 0.2, 25, 50, 75, 24, ''",
        "0.35, 0.2, 0.2, 25, 50, 75, 24, pMax",
        "0.35, 0, 0.2, 25, 50, 75, 24, pMin",
        "0.35, 0.001, 1, 25, 50, 75, 24, pMax",
        "0.35, 0.001, 0.2, 50, 50, 75, 24, highFrom",
        "0.35, 0.001, 0.2, 25, 80, 75, 24, criticalFrom",
        "0.35, 0.001, 0.2, 25, 50, 101, 24, criticalFrom",
        "0.35, 0.001, 0.2, -1, 50, 75, 24, mediumFrom",
        "0.35, 0.001, 0.2, 25, 50, 75, 0, halfLifeMonths",
    })
    void shouldNameTheFieldThatBreaksARule(double wG, double pMin, double pMax, double medium, double high,
            double critical, double halfLife, String field) {
        Set<String> fields = fields(with(ScoringModel.defaults(), wG, pMin, pMax, medium, high, critical, halfLife));
        if (field.isEmpty()) {
            assertThat(fields).isEmpty();
        } else {
            assertThat(fields).contains(field);
        }
    }

    @Test
    void shouldCheckEveryEntryOfTheMapsAndTheIndicatorsThatExist() {
        ScoringModel d = ScoringModel.defaults();
        Map<IncidentStatus, Double> credibility = new EnumMap<>(d.credibility());
        credibility.put(IncidentStatus.DISPUTED, 1.2);
        credibility.remove(IncidentStatus.REFUTED);
        Map<Criticality, Double> k = new EnumMap<>(d.criticalityFactor());
        k.put(Criticality.LOW, -0.1);
        ScoringModel m = new ScoringModel(d.cpiWeight(), Map.of("Known index", 1.0, "Unknown index", 1.0),
                d.unratedCountryScore(), d.proscribedFloor(), d.factorWeights(), 0, credibility, d.halfLifeMonths(),
                d.weightGeography(), d.weightInsider(), d.weightIncident(), d.floorTrigger(), d.floorScore(),
                d.mediumFrom(), d.highFrom(), d.criticalFrom(), d.pMin(), d.pMax(), k, null, 1.5,
                d.scenarioShares(), d.amortisationYears(), d.viabilityThreshold(), d.formula(), d.unknownPrior(),
                d.passThrough(), d.inspectionEffect(), d.breadthPremium(),
                d.breadthHalfAt(), d.legControlEffect());
        assertThat(fields(m)).containsExactlyInAnyOrder("indicatorWeights.Unknown index", "staleAfterMonths",
                "credibility.DISPUTED", "credibility.REFUTED", "criticalityFactor.LOW", "legCriticality",
                "legGeographyWeight");
    }

    static ScoringModel economics(Map<String, Double> shares, Integer amortisationYears, Double viabilityThreshold) {
        ScoringModel d = ScoringModel.defaults();
        return new ScoringModel(d.cpiWeight(), d.indicatorWeights(), d.unratedCountryScore(), d.proscribedFloor(),
                d.factorWeights(), d.staleAfterMonths(), d.credibility(), d.halfLifeMonths(), d.weightGeography(),
                d.weightInsider(), d.weightIncident(), d.floorTrigger(), d.floorScore(), d.mediumFrom(), d.highFrom(),
                d.criticalFrom(), d.pMin(), d.pMax(), d.criticalityFactor(), d.legCriticality(),
                d.legGeographyWeight(), shares, amortisationYears, viabilityThreshold, d.formula(), d.unknownPrior(),
                d.passThrough(), d.inspectionEffect(), d.breadthPremium(),
                d.breadthHalfAt(), d.legControlEffect());
    }

    static Map<String, Double> shares(double implant, double transit, double counterfeit, double firmware) {
        Map<String, Double> shares = new java.util.LinkedHashMap<>();
        shares.put("hardware-implant", implant);
        shares.put("transit-tampering", transit);
        shares.put("counterfeit-component", counterfeit);
        shares.put("malicious-firmware", firmware);
        return shares;
    }

    @ParameterizedTest
    @CsvSource({
            "0.1, 0.2, 0.3, 0.4, 1, 1.0, ''",
            "0.4, 0.25, 0.2, 0.15, 0, 0.05, amortisationYears",
            "0.4, 0.25, 0.2, 0.15, 3, 0, viabilityThreshold",
            "0.4, 0.25, 0.2, 0.15, 3, 1.01, viabilityThreshold",
            "1.2, -0.2, 0, 0, 3, 0.05, scenarioShares.hardware-implant scenarioShares.transit-tampering",
            "0.4, 0.25, 0.2, 0.2, 3, 0.05, scenarioShares.hardware-implant scenarioShares.transit-tampering "
                    + "scenarioShares.counterfeit-component scenarioShares.malicious-firmware"})
    void shouldCheckTheEconomicsParameters(double implant, double transit, double counterfeit, double firmware,
            int years, double threshold, String expected) {
        ScoringModel m = economics(shares(implant, transit, counterfeit, firmware), years, threshold);
        assertThat(fields(m)).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(" "));
    }

    @Test
    void shouldNameMissingAndUnknownScenarioShares() {
        Map<String, Double> shares = shares(0.4, 0.25, 0.2, 0.15);
        shares.remove("malicious-firmware");
        shares.put("alien-abduction", 0.15);
        assertThat(fields(economics(shares, 3, 0.05))).containsExactlyInAnyOrder("scenarioShares.malicious-firmware",
                "scenarioShares.alien-abduction");
    }

    static ScoringModel version2(double prior, double pass, double inspection, double premium, double halfAt,
            double controls, double pMin, double pMax) {
        return ScoringModel.defaults().withFormula2(prior, pass, inspection, premium, halfAt, controls, pMin, pMax);
    }

    @Test
    void shouldAcceptVersionTwosDefaults() {
        assertThat(ModelValidator.check(ScoringModel.version2(), Set.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "3, 0.5, 0.5, 15, 30, 0.5, 0.0002, 0.05, ''",
            "0, 0, 0, 0, 0.1, 0, 0.0002, 0.05, ''",
            "4, 1, 1, 100, 100, 1, 0.0002, 0.05, ''",
            "4.5, 0.5, 0.5, 15, 30, 0.5, 0.0002, 0.05, unknownPrior",
            "-1, 0.5, 0.5, 15, 30, 0.5, 0.0002, 0.05, unknownPrior",
            "3, 1.5, 0.5, 15, 30, 0.5, 0.0002, 0.05, passThrough",
            "3, 0.5, -0.1, 15, 30, 0.5, 0.0002, 0.05, inspectionEffect",
            "3, 0.5, 0.5, 15, 30, 1.1, 0.0002, 0.05, legControlEffect",
            "3, 0.5, 0.5, -5, 30, 0.5, 0.0002, 0.05, breadthPremium",
            "3, 0.5, 0.5, 20, 10, 0.5, 0.0002, 0.05, breadthHalfAt",
            "3, 0.5, 0.5, 15, 0, 0.5, 0.0002, 0.05, breadthHalfAt",
            "3, 0.5, 0.5, 15, 30, 0.5, 0.05, 0.05, pMax",
            "3, 0.5, 0.5, 15, 30, 0.5, 0.06, 0.05, pMax",
            "NaN, 0.5, 0.5, 15, 30, 0.5, 0.0002, 0.05, unknownPrior",
            "3, 0.5, 0.5, 15, Infinity, 0.5, 0.0002, 0.05, breadthHalfAt"})
    void shouldCheckVersionTwosParameters(double prior, double pass, double inspection, double premium, double halfAt,
            double controls, double pMin, double pMax, String expected) {
        assertThat(fields(version2(prior, pass, inspection, premium, halfAt, controls, pMin, pMax)))
                .containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(" "));
    }

    @Test
    void shouldNotCheckVersionTwosParametersInAVersionOneModelButItsFormula() {
        ScoringModel d = ScoringModel.defaults();
        ScoringModel v1 = version2(9, 9, 9, 90, 1, 9, d.pMin(), d.pMax());
        ScoringModel unused = new ScoringModel(d.cpiWeight(), d.indicatorWeights(), d.unratedCountryScore(),
                d.proscribedFloor(), d.factorWeights(), d.staleAfterMonths(), d.credibility(), d.halfLifeMonths(),
                d.weightGeography(), d.weightInsider(), d.weightIncident(), d.floorTrigger(), d.floorScore(),
                d.mediumFrom(), d.highFrom(), d.criticalFrom(), d.pMin(), d.pMax(), d.criticalityFactor(),
                d.legCriticality(), d.legGeographyWeight(), d.scenarioShares(), d.amortisationYears(),
                d.viabilityThreshold(), 1, v1.unknownPrior(), v1.passThrough(), v1.inspectionEffect(),
                v1.breadthPremium(), v1.breadthHalfAt(), v1.legControlEffect());
        assertThat(fields(unused)).isEmpty();
        ScoringModel three = new ScoringModel(d.cpiWeight(), d.indicatorWeights(), d.unratedCountryScore(),
                d.proscribedFloor(), d.factorWeights(), d.staleAfterMonths(), d.credibility(), d.halfLifeMonths(),
                d.weightGeography(), d.weightInsider(), d.weightIncident(), d.floorTrigger(), d.floorScore(),
                d.mediumFrom(), d.highFrom(), d.criticalFrom(), d.pMin(), d.pMax(), d.criticalityFactor(),
                d.legCriticality(), d.legGeographyWeight(), d.scenarioShares(), d.amortisationYears(),
                d.viabilityThreshold(), 3, null, null, null, null, null, null);
        assertThat(fields(three)).containsExactly("formula");
    }
}
