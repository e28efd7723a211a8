package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.IncidentCategory;
import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import dev.custody.network.LegKind;
import dev.custody.network.SiteActivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Facts for the calculator tests: named examples and seeded random ones. */
final class ScoringSamples {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final ScoringModel MODEL = ScoringModel.defaults();
    private static final String[] INDICATORS = {"cyber", "press", "rule of law"};

    private ScoringSamples() {
    }

    static Facts.Country country(String iso2, Integer cpi) {
        return new Facts.Country(iso2, iso2 + " land", cpi, false, false, false, null, Map.of());
    }

    static Facts.Country country(String iso2, Integer cpi, boolean embargo, boolean groupE, boolean itar, Boolean law) {
        return new Facts.Country(iso2, iso2 + " land", cpi, embargo, groupE, itar, law, Map.of());
    }

    static Facts.Country withIndicators(Facts.Country c, Map<String, Double> indicators) {
        return new Facts.Country(c.iso2(), c.name(), c.cpiScore(), c.usEmbargoed(), c.earGroupE(), c.itarProscribed(),
                c.intelligenceLaw(), indicators);
    }

    static Facts.Site site(String name, Facts.Country country) {
        return new Facts.Site(name.hashCode(), name, "City", Set.of(SiteActivity.BOARD_ASSEMBLY), country);
    }

    static Facts.Organization organization(Facts.Country hq, List<Facts.Site> sites, Facts.Assessment assessment,
            List<Facts.Incident> incidents) {
        return new Facts.Organization(1, "Org", hq, sites, assessment, incidents);
    }

    static Facts.Assessment assessment(LocalDate on, Map<InsiderFactor, Integer> ratings) {
        return new Facts.Assessment(1, on, ratings);
    }

    static Map<InsiderFactor, Integer> allRated(int rating) {
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            ratings.put(factor, rating);
        }
        return ratings;
    }

    static Facts.Incident incident(String title, LocalDate on, double severity, IncidentStatus status) {
        return new Facts.Incident(title.hashCode(), title, on, IncidentCategory.HARDWARE_IMPLANT, severity, status);
    }

    static Facts.Leg leg(int sequence, long handler, Facts.Country country, boolean seals, boolean tracking,
            boolean escort) {
        return new Facts.Leg(sequence, sequence, LegKind.FORWARDER, handler, "Handler " + handler, country, seals,
                tracking, escort);
    }

    static ScoringModel model(Map<String, Double> indicatorWeights, Map<InsiderFactor, Double> factorWeights) {
        ScoringModel d = MODEL;
        return new ScoringModel(d.cpiWeight(), indicatorWeights, d.unratedCountryScore(), d.proscribedFloor(),
                factorWeights, d.staleAfterMonths(), d.credibility(), d.halfLifeMonths(), d.weightGeography(),
                d.weightInsider(), d.weightIncident(), d.floorTrigger(), d.floorScore(), d.mediumFrom(), d.highFrom(),
                d.criticalFrom(), d.pMin(), d.pMax(), d.criticalityFactor(), d.legCriticality(), d.legGeographyWeight(),
                d.scenarioShares(), d.amortisationYears(), d.viabilityThreshold(), d.formula(), d.unknownPrior(),
                d.passThrough(), d.inspectionEffect(), d.breadthPremium(),
                d.breadthHalfAt(), d.legControlEffect());
    }

    /** The default model, or one with random indicator and factor weights. */
    static ScoringModel randomModel(Random random) {
        if (random.nextBoolean()) {
            return MODEL;
        }
        Map<String, Double> indicators = new LinkedHashMap<>();
        for (String name : INDICATORS) {
            if (random.nextBoolean()) {
                indicators.put(name, random.nextDouble() * 2);
            }
        }
        Map<InsiderFactor, Double> factors = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            factors.put(factor, random.nextInt(4) == 0 ? 0.0 : 0.1 + random.nextDouble() * 3);
        }
        return model(indicators, factors);
    }

    static Facts.Country randomCountry(Random random) {
        Integer cpi = random.nextInt(8) == 0 ? null : random.nextInt(101);
        Boolean law = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> Boolean.FALSE;
            default -> Boolean.TRUE;
        };
        Map<String, Double> indicators = new LinkedHashMap<>();
        for (String name : INDICATORS) {
            if (random.nextBoolean()) {
                indicators.put(name, random.nextDouble() * 100);
            }
        }
        return new Facts.Country("X" + random.nextInt(100), "Country", cpi, random.nextInt(10) == 0,
                random.nextInt(10) == 0, random.nextInt(6) == 0, law, indicators);
    }

    static Facts.Organization randomOrganization(Random random) {
        List<Facts.Site> sites = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            sites.add(site("site " + i, randomCountry(random)));
        }
        return organization(randomCountry(random), sites, randomAssessment(random), randomIncidents(random));
    }

    static Facts.Assessment randomAssessment(Random random) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        for (InsiderFactor factor : InsiderFactor.values()) {
            if (random.nextInt(6) != 0) {
                ratings.put(factor, random.nextInt(5));
            }
        }
        return assessment(TODAY.minusDays(random.nextInt(900)), ratings);
    }

    static List<Facts.Incident> randomIncidents(Random random) {
        List<Facts.Incident> incidents = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            incidents.add(randomIncident(random, "incident " + i));
        }
        return incidents;
    }

    static Facts.Incident randomIncident(Random random, String title) {
        IncidentStatus status = IncidentStatus.values()[random.nextInt(IncidentStatus.values().length)];
        return incident(title, TODAY.minusDays(random.nextInt(4000) - 30), random.nextInt(101) / 10.0, status);
    }

    static Facts.SupplierLink randomLink(Random random, long supplier) {
        Criticality criticality = Criticality.values()[random.nextInt(Criticality.values().length)];
        return new Facts.SupplierLink(supplier, "Supplier " + supplier, "Item " + supplier, criticality,
                (5 + random.nextInt(96)) / 100.0);
    }

    static Facts.Leg randomLeg(Random random, int sequence, long handler) {
        return leg(sequence, handler, randomCountry(random), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean());
    }
}
