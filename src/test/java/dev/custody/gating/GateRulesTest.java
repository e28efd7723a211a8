package dev.custody.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custody.economics.Effectiveness;
import dev.custody.economics.Safeguard;
import dev.custody.economics.SafeguardCost;
import dev.custody.network.Criticality;
import dev.custody.scoring.ScoringModel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateRulesTest {
    static final ScoringModel MODEL = ScoringModel.defaults();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final GateFacts.Party HUAWEI = new GateFacts.Party("Huawei Technologies Company", "Huawei",
            "NDAA FY2019 Section 889");
    static final GateFacts.Party ZTE = new GateFacts.Party("ZTE Corporation", "ZTE", "NDAA FY2019 Section 889");

    static Safeguard safeguard(String id, double effectiveness, double annualCost) {
        return new Safeguard(id, Set.of("implant"), Effectiveness.exactly(effectiveness), new SafeguardCost(0, annualCost, 0));
    }

    static Map<String, Safeguard> catalogue() {
        Map<String, Safeguard> candidates = new LinkedHashMap<>();
        candidates.put("A", safeguard("1", 0.5, 100));
        candidates.put("B", safeguard("2", 0.8, 300));
        candidates.put("C", safeguard("3", 0.5, 150));
        return candidates;
    }

    static GateFacts.Member vendor() {
        return new GateFacts.Member("Vendor", null, List.of("US"), List.of("Vendor"), "tier tree");
    }

    /** p(R) of the default model: 0.001 * 200^(R/100). */
    static double p(double score) {
        return 0.001 * Math.pow(200, score / 100);
    }

    static GateFacts facts(Criticality criticality, double inherited, List<GateFacts.Member> members, Integer visibility,
            Map<String, Safeguard> candidates) {
        return new GateFacts(criticality, inherited, MODEL, members, Screening.of(List.of(HUAWEI, ZTE), 0.88), Map.of("IR", "Iran"),
                visibility, Map.of("implant", p(inherited)), candidates, 3, 10, "buyer", TODAY, "EUR");
    }

    @Test
    void shouldApproveAVendorBelowTheApproveThresholdWithEnoughVisibility() {
        GateVerdict verdict = GateRules.decide(facts(Criticality.HIGH, 39.9, List.of(vendor()), 50, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.APPROVE, verdict.outcome());
        assertEquals(List.of(FiredRule.APPROVE_THRESHOLD), verdict.rules().stream().map(FiredRule::rule).toList());
        assertTrue(verdict.rules().get(0).text().contains("39.9 is below the approve threshold 40.0"));
        assertTrue(verdict.conditions().isEmpty());
        assertNull(verdict.residual());
    }

    @Test
    void shouldRejectAboveTheRejectThresholdOfTheCriticality() {
        // 70 is under the HIGH reject threshold 75 but above the CRITICAL one, 65.
        assertEquals(GateOutcome.REJECT, GateRules.decide(facts(Criticality.CRITICAL, 70, List.of(vendor()), 100,
                catalogue()), GatePolicy.defaults()).outcome());
        GateVerdict high = GateRules.decide(facts(Criticality.HIGH, 70, List.of(vendor()), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.APPROVE_WITH_CONDITIONS, high.outcome());
    }

    @Test
    void shouldChooseTheSingleCheapestSafeguardThatIsEnough() {
        // R = 50 -> p = 0.0141421; A halves it: R(0.0070711) = 100 ln(7.0711) / ln(200) = 36.92, shown 36.9 < 40 at 100.
        GateVerdict verdict = GateRules.decide(facts(Criticality.HIGH, 50, List.of(vendor()), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.APPROVE_WITH_CONDITIONS, verdict.outcome());
        assertEquals(List.of("A"), verdict.conditions().stream().map(GateCondition::name).toList());
        assertEquals(36.9, verdict.residual(), 1e-9);
        GateCondition a = verdict.conditions().get(0);
        assertEquals(1L, a.safeguardId());
        assertEquals(100.0, a.annualCost(), 1e-9);
        assertEquals("buyer", a.owner());
        assertEquals(LocalDate.of(2026, 5, 30), a.deadline());
    }

    @Test
    void shouldPreferTwoCheapSafeguardsOverOneDearOneWhenTogetherTheyAreEnoughForLess() {
        // CRITICAL approves under 30: A alone 36.9 is not enough; A+C: R(0.0035355) = 23.83, shown 23.8, at 250; B: 19.6 at 300.
        GateVerdict verdict = GateRules.decide(facts(Criticality.CRITICAL, 50, List.of(vendor()), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(List.of("A", "C"), verdict.conditions().stream().map(GateCondition::name).toList());
        assertEquals(23.8, verdict.residual(), 1e-9);
        double cost = verdict.conditions().stream().mapToDouble(GateCondition::annualCost).sum();
        String shown = String.format(Locale.ROOT, "at %,.2f EUR a year", cost);
        assertTrue(verdict.rules().get(0).text().contains(shown), verdict.rules().get(0).text());
    }

    @Test
    void shouldCompareTheScoresAsTheRuleTextsPrintThem() {
        // an unrounded 75.00000000000001 is shown, and compared, as 75.0: not above the HIGH reject threshold 75
        GateVerdict at = GateRules.decide(facts(Criticality.HIGH, 75.00000000000001, List.of(vendor()), 100,
                catalogue()), GatePolicy.defaults());
        assertTrue(at.rules().stream().noneMatch(r -> r.rule().equals(FiredRule.REJECT_THRESHOLD)), at.rules().toString());
        assertTrue(at.rules().get(0).text().startsWith("The inherited score 75.0 is at or above the approve threshold "
                + "40.0"), at.rules().get(0).text());
        // 39.96 is shown as 40.0: at the approve threshold, not below it
        GateVerdict shown = GateRules.decide(facts(Criticality.HIGH, 39.96, List.of(vendor()), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.APPROVE_WITH_CONDITIONS, shown.outcome());
        // a residual of R(p) = 39.96 is shown 40.0 and is not under the approve threshold 40
        Safeguard exact = new Safeguard("7", Set.of("implant"), Effectiveness.exactly(1 - p(39.96) / p(50)),
                new SafeguardCost(0, 10, 0));
        assertNull(SafeguardChoice.cheapest(Map.of("implant", p(50)), List.of(exact), 40, MODEL, 3, 10));
        assertEquals(40.0, SafeguardChoice.residualScore(Map.of("implant", p(50)), List.of(exact), MODEL), 1e-9);
        // thresholds print with the decimals they are compared with
        assertEquals("40.0", GateRules.threshold(40));
        assertEquals("74.95", GateRules.threshold(74.95));
    }

    @Test
    void shouldShowMoneyWithThousandsSeparatorsTwoDecimalsAndTheCurrency() {
        assertEquals("21,786.67 USD", GateRules.money(21786.666, "USD"));
        assertEquals("1,234,567.00 EUR", GateRules.money(1234567, "EUR"));
        assertEquals("0.50 USD", GateRules.money(0.5, "USD"));
    }

    @Test
    void shouldRejectWhenNoSetOfSafeguardsIsEnough() {
        // R = 60 -> p = 0.001 * 200^0.6 = 0.024022; A halves it: R(0.012011) = 100 ln(12.011) / ln(200) = 46.92, shown 46.9, still at or above 30.
        Map<String, Safeguard> onlyA = Map.of("A", safeguard("1", 0.5, 100));
        GateVerdict verdict = GateRules.decide(facts(Criticality.CRITICAL, 60, List.of(vendor()), 100, onlyA),
                GatePolicy.defaults());
        assertEquals(GateOutcome.REJECT, verdict.outcome());
        assertEquals(FiredRule.NO_SUFFICIENT_SAFEGUARDS, verdict.rules().get(0).rule());
        assertEquals(46.9, verdict.residual(), 1e-9);
        assertTrue(verdict.conditions().isEmpty());
    }

    @Test
    void shouldIgnoreSafeguardsThatDoNotAddressTheScenario() {
        Map<String, Safeguard> elsewhere = Map.of("Escort", new Safeguard("9", Set.of("transit"),
                Effectiveness.exactly(0.99), new SafeguardCost(0, 1, 0)));
        assertEquals(GateOutcome.REJECT, GateRules.decide(facts(Criticality.HIGH, 50, List.of(vendor()), 100, elsewhere),
                GatePolicy.defaults()).outcome());
    }

    @Test
    void shouldAskForASubTierMappingWhenVisibilityIsTooLowOrUnknown() {
        GateVerdict low = GateRules.decide(facts(Criticality.HIGH, 10, List.of(vendor()), 25, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.APPROVE_WITH_CONDITIONS, low.outcome());
        assertEquals(List.of(GateCondition.SUBTIER_MAPPING), low.conditions().stream().map(GateCondition::kind).toList());
        assertTrue(low.rules().get(0).text().contains("25 %, below the 50 %"), low.rules().get(0).text());
        GateVerdict unknown = GateRules.decide(facts(Criticality.LOW, 10, List.of(vendor()), null, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.APPROVE, unknown.outcome(), "LOW requires no visibility");
        assertEquals(GateOutcome.APPROVE_WITH_CONDITIONS, GateRules.decide(facts(Criticality.MEDIUM, 10,
                List.of(vendor()), null, catalogue()), GatePolicy.defaults()).outcome());
    }

    @Test
    void shouldRejectARestrictedPartyThreeTiersDownAndNameThePath() {
        GateFacts.Member deep = new GateFacts.Member("HUAWEI TECHNOLOGIES CO., LTD.", null, List.of("CN"),
                List.of("Vendor", "Board Maker", "Huawei Technologies Co., Ltd."), "tier tree");
        GateVerdict verdict = GateRules.decide(facts(Criticality.LOW, 5, List.of(vendor(), deep), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.REJECT, verdict.outcome());
        assertEquals(FiredRule.RESTRICTED_PARTY, verdict.rules().get(0).rule());
        assertTrue(verdict.rules().get(0).text().contains("Vendor → Board Maker → Huawei Technologies Co., Ltd."));
        assertTrue(verdict.rules().get(0).text().contains("Section 889"));
    }

    @Test
    void shouldRejectAnOrganizationOwnedByAListedPartyInTheCustodyChain() {
        GateFacts.Member handler = new GateFacts.Member("Acme Freight", "Z.T.E. corp", List.of("SG"),
                List.of("Vendor", "leg 2: Acme Freight"), "custody chain");
        GateVerdict verdict = GateRules.decide(facts(Criticality.LOW, 5, List.of(vendor(), handler), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(GateOutcome.REJECT, verdict.outcome(), "Z.T.E. normalises to zte, the alias");
        assertTrue(verdict.rules().get(0).text().contains("is owned by ZTE Corporation"));
    }

    @Test
    void shouldRejectAnEmbargoedCountryAndStillListEveryOtherRule() {
        GateFacts.Member leg = new GateFacts.Member("Gulf Transit", null, List.of("IR"), List.of("Vendor", "leg 1"),
                "custody chain");
        GateVerdict verdict = GateRules.decide(facts(Criticality.HIGH, 80, List.of(vendor(), leg), 100, catalogue()),
                GatePolicy.defaults());
        assertEquals(List.of(FiredRule.EMBARGO, FiredRule.REJECT_THRESHOLD),
                verdict.rules().stream().map(FiredRule::rule).toList());
        assertTrue(verdict.rules().get(0).text().contains("Iran (IR)"));
    }

    @Test
    void shouldLetAPolicyWithoutHardBlocksIgnoreListsAndEmbargoes() {
        GateFacts.Member leg = new GateFacts.Member("Huawei", null, List.of("IR"), List.of("Vendor", "Huawei"), "tier tree");
        GatePolicy lenient = new GatePolicy(GatePolicy.defaults().thresholds(), false, false, 12, 90);
        assertEquals(GateOutcome.APPROVE, GateRules.decide(facts(Criticality.LOW, 5, List.of(vendor(), leg), 100,
                catalogue()), lenient).outcome());
    }

    static GateFacts screened(double threshold, GateFacts.Member... members) {
        List<GateFacts.Member> all = new java.util.ArrayList<>(List.of(vendor()));
        all.addAll(List.of(members));
        return new GateFacts(Criticality.LOW, 5, MODEL, all, Screening.of(List.of(HUAWEI, ZTE), threshold),
                Map.of("IR", "Iran"), 100, Map.of("implant", p(5)), catalogue(), 3, 10, "buyer", TODAY, "EUR");
    }

    static GateFacts.Member supplier(String name, String parent) {
        return new GateFacts.Member(name, parent, List.of("TW"), List.of("Vendor", "Board Maker", name), "tier tree");
    }

    @Test
    void shouldAskForAdjudicationOfANameThatOnlyResemblesAListedOneAndShowTheCandidate() {
        GateVerdict verdict = GateRules.decide(screened(0.88, supplier("Huawey Technologies", null)),
                GatePolicy.defaults());
        assertEquals(GateOutcome.NEEDS_ADJUDICATION, verdict.outcome());
        FiredRule rule = verdict.rules().get(0);
        assertEquals(FiredRule.POSSIBLE_RESTRICTED_PARTY, rule.rule());
        assertEquals("Huawei Technologies Company", rule.match().party());
        assertEquals("Huawei Technologies Company", rule.match().matchedName());
        assertEquals("NDAA FY2019 Section 889", rule.match().list());
        assertEquals(List.of("Vendor", "Board Maker", "Huawey Technologies"), rule.match().path());
        assertTrue(rule.match().similarity() >= 0.88 && rule.match().similarity() < 1, rule.toString());
        assertTrue(rule.text().contains("Vendor → Board Maker → Huawey Technologies"), rule.text());
        assertTrue(rule.text().contains("an approver must decide"), rule.text());
    }

    @Test
    void shouldApproveWhenTheResemblanceIsBelowTheThreshold() {
        double similarity = NameSimilarity.of("huawey technologies", "huawei technologies");
        GateFacts.Member member = supplier("Huawey Technologies", null);
        assertEquals(GateOutcome.APPROVE, GateRules.decide(screened(Math.nextUp(similarity), member),
                GatePolicy.defaults()).outcome());
        assertEquals(GateOutcome.NEEDS_ADJUDICATION, GateRules.decide(screened(similarity, member),
                GatePolicy.defaults()).outcome());
        assertEquals(GateOutcome.APPROVE, GateRules.decide(screened(0.88, supplier("Harwell Trading", null)),
                GatePolicy.defaults()).outcome());
    }

    @Test
    void shouldScreenTheParentCompanyForResemblanceToo() {
        GateVerdict verdict = GateRules.decide(screened(0.88, supplier("Acme Boards", "Huawei Technologes Co")),
                GatePolicy.defaults());
        assertEquals(GateOutcome.NEEDS_ADJUDICATION, verdict.outcome());
        assertEquals("Huawei Technologes Co", verdict.rules().get(0).match().screenedName());
        assertTrue(verdict.rules().get(0).text().contains("is owned by Huawei Technologes Co, which resembles Huawei "
                + "Technologies Company"),
                verdict.rules().get(0).text());
    }

    @Test
    void shouldRejectWhenOneOrganizationMatchesExactlyAndAnotherOnlyResembles() {
        GateVerdict verdict = GateRules.decide(screened(0.88, supplier("Huawey Technologies", null),
                supplier("ZTE Corp.", null)), GatePolicy.defaults());
        assertEquals(GateOutcome.REJECT, verdict.outcome());
        assertEquals(List.of(FiredRule.POSSIBLE_RESTRICTED_PARTY, FiredRule.RESTRICTED_PARTY),
                verdict.rules().stream().map(FiredRule::rule).toList());
        assertEquals(1.0, verdict.rules().get(1).match().similarity());
        assertEquals("ZTE Corporation", verdict.rules().get(1).match().matchedName(), "the first spelling of zte");
        assertTrue(verdict.conditions().isEmpty());
    }
}
