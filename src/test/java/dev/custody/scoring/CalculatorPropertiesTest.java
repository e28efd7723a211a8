package dev.custody.scoring;

import static dev.custody.scoring.ScoringSamples.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.network.IncidentStatus;
import dev.custody.network.InsiderFactor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the calculators over many seeded random inputs: what must hold for any facts and model. */
class CalculatorPropertiesTest {
    private static final int CASES = 2_000;
    private final Random random = new Random(20260331);

    @Test
    void shouldKeepEveryScoreWithinZeroAndHundredAndExplainItInFull() {
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            OwnScore own = OwnScoreCalculator.score(ScoringSamples.randomOrganization(random), TODAY, model);
            for (DimensionScore d : List.of(own.geography(), own.insider(), own.incident())) {
                assertThat(d.score()).isBetween(0.0, 100.0);
                // the explanation adds up to the exact value; the score is rounded once to the one decimal shown
                assertThat(sum(d.contributions())).isCloseTo(d.score(), within(0.05 + 1e-9));
                assertLargestFirst(d.contributions());
            }
            assertThat(own.score()).isBetween(0.0, 100.0);
            assertThat(sum(own.contributions())).isCloseTo(own.score(), within(0.1 + 1e-9));
            InheritedScore inherited = randomInherit(own.score(), model);
            assertThat(inherited.score()).isBetween(0.0, 100.0).isGreaterThanOrEqualTo(own.score());
            assertThat(inherited.pEff()).isGreaterThanOrEqualTo(inherited.pOwn());
            assertThat(inherited.contributions()).allSatisfy(c -> assertThat(c.points()).isBetween(0.0, 100.0));
            assertLargestFirst(inherited.contributions());
            assertEdgesExplainTheAddedPoints(inherited, own.score());
        }
    }

    @Test
    void shouldNeverLowerInsiderOrOwnWhenAFactorGetsWorse() {
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            Facts.Organization o = ScoringSamples.randomOrganization(random);
            Facts.Assessment before = o.latestAssessment() != null ? o.latestAssessment()
                    : ScoringSamples.assessment(TODAY, ScoringSamples.allRated(0));
            InsiderFactor factor = InsiderFactor.values()[random.nextInt(InsiderFactor.values().length)];
            Map<InsiderFactor, Integer> worse = new EnumMap<>(InsiderFactor.class);
            worse.putAll(before.ratings());
            Integer rating = worse.get(factor);
            if (rating != null && random.nextBoolean()) {
                worse.put(factor, rating + random.nextInt(InsiderFactor.WORST - rating + 1));
            } else {
                worse.remove(factor);
            }
            Facts.Assessment after = ScoringSamples.assessment(before.assessedOn(), worse);
            assertThat(InsiderCalculator.score(after, TODAY, model).score())
                    .isGreaterThanOrEqualTo(InsiderCalculator.score(before, TODAY, model).score());
            assertThat(OwnScoreCalculator.score(withAssessment(o, after), TODAY, model).score())
                    .isGreaterThanOrEqualTo(OwnScoreCalculator.score(withAssessment(o, before), TODAY, model).score());
        }
    }

    @Test
    void shouldScoreAnUnknownFactorExactlyAsAFactorRatedWorst() {
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            Facts.Assessment assessment = ScoringSamples.randomAssessment(random);
            if (assessment == null) {
                assessment = ScoringSamples.assessment(TODAY, ScoringSamples.allRated(1));
            }
            Map<InsiderFactor, Integer> worst = new EnumMap<>(InsiderFactor.class);
            worst.putAll(assessment.ratings());
            for (InsiderFactor factor : InsiderFactor.values()) {
                worst.putIfAbsent(factor, InsiderFactor.WORST);
            }
            Facts.Assessment filled = ScoringSamples.assessment(assessment.assessedOn(), worst);
            assertThat(InsiderCalculator.score(assessment, TODAY, model).score())
                    .isEqualTo(InsiderCalculator.score(filled, TODAY, model).score());
            Facts.Assessment stale = ScoringSamples.assessment(TODAY.minusMonths(19), assessment.ratings());
            assertThat(InsiderCalculator.score(stale, TODAY, model).score())
                    .isEqualTo(InsiderCalculator.score(null, TODAY, model).score())
                    .isEqualTo(InsiderCalculator.score(ScoringSamples.assessment(TODAY, ScoringSamples.allRated(4)),
                            TODAY, model).score());
        }
    }

    @Test
    void shouldNeverLowerHWhenAnIncidentIsNewerOrMoreSevereOrAdded() {
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            List<Facts.Incident> incidents = new ArrayList<>(ScoringSamples.randomIncidents(random));
            incidents.add(ScoringSamples.randomIncident(random, "changed"));
            double before = IncidentCalculator.score(incidents, TODAY, model).score();
            Facts.Incident last = incidents.get(incidents.size() - 1);
            List<Facts.Incident> newer = replaceLast(incidents, new Facts.Incident(last.id(), last.title(),
                    last.occurredOn().plusDays(random.nextInt(2000)), last.category(), last.severity(), last.status()));
            List<Facts.Incident> severer = replaceLast(incidents, new Facts.Incident(last.id(), last.title(),
                    last.occurredOn(), last.category(), last.severity() + random.nextInt(10) / 10.0 * (10 - last.severity()),
                    last.status()));
            List<Facts.Incident> more = new ArrayList<>(incidents);
            more.add(ScoringSamples.randomIncident(random, "added"));
            assertThat(IncidentCalculator.score(newer, TODAY, model).score()).isGreaterThanOrEqualTo(before);
            assertThat(IncidentCalculator.score(severer, TODAY, model).score()).isGreaterThanOrEqualTo(before);
            assertThat(IncidentCalculator.score(more, TODAY, model).score()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void shouldCountARefutedIncidentAsZero() {
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            List<Facts.Incident> incidents = ScoringSamples.randomIncidents(random);
            List<Facts.Incident> withRefuted = new ArrayList<>(incidents);
            Facts.Incident refuted = ScoringSamples.incident("refuted claim", TODAY.minusDays(random.nextInt(100)),
                    random.nextInt(101) / 10.0, IncidentStatus.REFUTED);
            withRefuted.add(random.nextInt(withRefuted.size() + 1), refuted);
            DimensionScore h = IncidentCalculator.score(withRefuted, TODAY, model);
            assertThat(h.score()).isEqualTo(IncidentCalculator.score(incidents, TODAY, model).score());
            assertThat(h.contributions()).filteredOn(c -> c.label().startsWith("refuted claim"))
                    .singleElement().satisfies(c -> {
                        assertThat(c.points()).isZero();
                        assertThat(c.label()).endsWith("(refuted: counts 0)");
                    });
        }
    }

    @Test
    void shouldNeverLowerTheInheritedScoreWhenASupplierOrHandlerIsRiskier() {
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            double own = random.nextDouble() * 100;
            List<Facts.SupplierLink> links = new ArrayList<>();
            Map<Long, Double> pEff = new HashMap<>();
            for (long s = 1; s <= 1 + random.nextInt(5); s++) {
                links.add(ScoringSamples.randomLink(random, s));
                pEff.put(s, Propagation.probability(random.nextDouble() * 100, model) * (1 + random.nextDouble()));
            }
            List<Facts.Leg> legs = List.of(ScoringSamples.randomLeg(random, 1, 100));
            Map<Long, Double> handler = new HashMap<>(Map.of(100L, random.nextDouble() * 100));
            double before = Propagation.inherit(own, links, pEff, legs, handler, model).score();
            Map<Long, Double> riskier = new HashMap<>(pEff);
            long s = 1 + random.nextInt(links.size());
            riskier.put(s, Math.min(1.0, pEff.get(s) + random.nextDouble() * 0.3));
            assertThat(Propagation.inherit(own, links, riskier, legs, handler, model).score()).isGreaterThanOrEqualTo(before);
            Map<Long, Double> riskierHandler = Map.of(100L, handler.get(100L) + random.nextDouble() * (100 - handler.get(100L)));
            assertThat(Propagation.inherit(own, links, pEff, legs, riskierHandler, model).score()).isGreaterThanOrEqualTo(before);
            double higherOwn = own + random.nextDouble() * (100 - own);
            assertThat(Propagation.inherit(higherOwn, links, pEff, legs, handler, model).score()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void shouldExplainTheInheritedScoreInFullEvenAtTheClamp() {
        int clamped = 0;
        for (int n = 0; n < CASES; n++) {
            ScoringModel model = ScoringSamples.randomModel(random);
            double own = random.nextDouble() * 100;
            InheritedScore inherited = randomInherit(own, model);
            assertEdgesExplainTheAddedPoints(inherited, own);
            List<Contribution> edges = edges(inherited);
            if (inherited.score() == 100.0 && Explanations.rounded(own) < 100.0 && !edges.isEmpty()) {
                clamped++;
                // marginal points ("score minus score without the edge") give every edge 0 when two saturate
                assertThat(edges.get(0).points()).isGreaterThan(0.0);
            }
        }
        assertThat(clamped).as("random cases at the clamp").isPositive();
    }

    private static List<Contribution> edges(InheritedScore inherited) {
        return inherited.contributions().stream().filter(c -> c.kind() != Contribution.Kind.DIMENSION).toList();
    }

    /** The supply links' and custody legs' points add up to R_eff - R_own, none negative. */
    private static void assertEdgesExplainTheAddedPoints(InheritedScore inherited, double own) {
        List<Contribution> edges = edges(inherited);
        assertThat(edges).allSatisfy(c -> assertThat(c.points()).isGreaterThanOrEqualTo(0.0));
        if (!edges.isEmpty()) {
            // the own score counts rounded to the one decimal shown, like every score passed up the tiers
            double counted = inherited.contributions().stream().filter(c -> c.kind() == Contribution.Kind.DIMENSION)
                    .findFirst().orElseThrow().points();
            assertThat(counted).isCloseTo(own, within(0.05 + 1e-9));
            assertThat(sum(edges)).isCloseTo(inherited.score() - counted, within(1e-9));
        }
    }

    private InheritedScore randomInherit(double own, ScoringModel model) {
        List<Facts.SupplierLink> links = new ArrayList<>();
        Map<Long, Double> pEff = new HashMap<>();
        for (long s = 1; s <= random.nextInt(4); s++) {
            links.add(ScoringSamples.randomLink(random, s));
            pEff.put(s, random.nextDouble() * 0.4);
        }
        List<Facts.Leg> legs = new ArrayList<>();
        Map<Long, Double> handlers = new HashMap<>();
        for (int l = 1; l <= random.nextInt(4); l++) {
            legs.add(ScoringSamples.randomLeg(random, l, 100 + l));
            handlers.put(100L + l, random.nextDouble() * 100);
        }
        return Propagation.inherit(own, links, pEff, legs, handlers, model);
    }

    private static Facts.Organization withAssessment(Facts.Organization o, Facts.Assessment assessment) {
        return new Facts.Organization(o.id(), o.name(), o.hq(), o.sites(), assessment, o.incidents());
    }

    private static List<Facts.Incident> replaceLast(List<Facts.Incident> incidents, Facts.Incident last) {
        List<Facts.Incident> copy = new ArrayList<>(incidents);
        copy.set(copy.size() - 1, last);
        return copy;
    }

    private static double sum(List<Contribution> contributions) {
        return contributions.stream().mapToDouble(Contribution::points).sum();
    }

    private static void assertLargestFirst(List<Contribution> contributions) {
        for (int i = 1; i < contributions.size(); i++) {
            assertThat(contributions.get(i).points()).isLessThanOrEqualTo(contributions.get(i - 1).points());
        }
    }
}
