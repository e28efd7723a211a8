package dev.custody.scoring;

import dev.custody.network.Criticality;
import dev.custody.network.InsiderFactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Risk flowing up the tiers: scores as annual compromise probabilities, combined through supply links and custody
 * legs into an inherited score. Every formula of DOMAIN.md sections 3 and 7 lives here once; ScoringGraph runs them
 * over the network, ExplainedInheritance turns one organization's run into words.
 *
 * <p>Version 1 (section 3): p_eff = 1 - (1 - p_own) * prod(1 - k * share * p_eff(supplier)), each custody leg one more
 * supplier with share 1 whose score is max(leg score, handler's inherited score); R_eff = max(R_own, R(p_eff)).
 *
 * <p>Version 2 (section 7), per organization o and for each end of the range:
 * <ul>
 * <li>the links of o are grouped by item; an item's probability is min(max_s k_s p_s, sum_s share_s k_s p_s): the
 *     sources mix by share (a unit holds one source's part), never above the worst source;</li>
 * <li>one hop passes on tau(o) = passThrough * (1 - inspectionEffect * (4 - r) / 4) of it, r the buyer's incoming
 *     inspection rating (its range when unknown);</li>
 * <li>a custody leg counts k(leg criticality) * p(max(G(country), handler's OWN score)) * (1 - e)^(controls in
 *     place), with no hop (the handler touches the product itself; its own supply tree is not counted again);</li>
 * <li>base(o) = max(R_own, R(tau * item) over items, R(leg) over legs): the riskiest hands, computed from the
 *     suppliers' base scores, so it is never above the riskiest score in the tree;</li>
 * <li>N(o) = R(1 - (1 - p_own) * prod(1 - tau * item) * prod(1 - leg)) over the suppliers' inherited scores: any
 *     compromised item compromises the product;</li>
 * <li>R_eff(o) = base + P * x / (x + h) with x = N - base: the breadth premium, below P (breadthPremium) however many
 *     suppliers there are, half of it at x = h (breadthHalfAt), growing with N and with base (so adding a supplier never
 *     lowers a score).</li>
 * </ul>
 * p_eff is p(R_eff): the probability the money is computed with is the one the score shows.
 */
public final class Propagation {
    /** The three ends of a score range, as indices into the graph's arrays. */
    public static final int LOW = 0;
    public static final int EXPECTED = 1;
    public static final int HIGH = 2;

    private Propagation() {
    }

    /** p(R) = pMin * (pMax/pMin)^(R/100), R clamped to 0..100. */
    public static double probability(double score, ScoringModel m) {
        return m.pMin() * Math.pow(m.pMax() / m.pMin(), Explanations.clamp(score) / 100.0);
    }

    /** R(p) = 100 * ln(p/pMin) / ln(pMax/pMin), clamped to 0..100. */
    public static double score(double probability, ScoringModel m) {
        if (!(probability > m.pMin())) {
            return 0.0;
        }
        return Explanations.clamp(100.0 * Math.log(probability / m.pMin()) / Math.log(m.pMax() / m.pMin()));
    }

    /**
     * A score rounded to the precision it is shown with (one decimal): scores are stored, compared by the gate and
     * printed as this number, so a rule never says "75.0 is above 75.0".
     */
    public static double shown(double score) {
        return Explanations.rounded(score);
    }

    /** k of a criticality (0..1); a link without criticality counts nothing. */
    public static double k(Criticality criticality, ScoringModel m) {
        Double k = criticality == null ? null : m.criticalityFactor().get(criticality);
        return k == null || k.isNaN() ? 0.0 : Explanations.clamp(k, 0.0, 1.0);
    }

    /** Version 1: k(criticality) * share, the weight of a supply link (share clamped to 0..1). */
    public static double linkWeight(Criticality criticality, double share, ScoringModel m) {
        return k(criticality, m) * Explanations.clamp(share, 0.0, 1.0);
    }

    /** A custody leg's own score without its handler: w*G(country) + (1-w)*100*missing/3. */
    public static double legOwnScore(Facts.Leg leg, ScoringModel m) {
        double g = GeographyCalculator.country(leg.country(), m).score();
        return legOwnScore(g, missingControls(leg), m);
    }

    /** A custody leg's own score from its country's G and the number of missing controls (0..3). */
    public static double legOwnScore(double countryG, int missingControls, ScoringModel m) {
        double w = Explanations.clamp(m.legGeographyWeight(), 0.0, 1.0);
        return Explanations.clamp(w * countryG + (1.0 - w) * 100.0 * missingControls / 3.0);
    }

    /**
     * The score a custody leg counts with, from its country's G, its missing controls (0..3) and its handler's score.
     * Version 1: max(w * G + (1 - w) * 100 * missing / 3, the handler's inherited score). Version 2: the handler's
     * handling, R(p(max(G, the handler's OWN score)) * (1 - e)^controls): the handler's insider exposure or the
     * country's, whichever is higher, with each control in place (seals, tracking, escort) taking e of the leg's
     * probability away, as a safeguard would; the handler's supply tree is not counted again.
     */
    public static double legScore(double countryG, int missingControls, double handlerScore, ScoringModel m) {
        if (!m.ranged()) {
            return Explanations.clamp(Math.max(legOwnScore(countryG, missingControls, m), handlerScore));
        }
        double effect = Explanations.clamp(m.legControlEffect(), 0.0, 1.0);
        int inPlace = 3 - Math.max(0, Math.min(3, missingControls));
        double hands = Explanations.clamp(Math.max(countryG, handlerScore));
        return score(probability(hands, m) * Math.pow(1.0 - effect, inPlace), m);
    }

    /** The score a custody leg counts with, from its handler's inherited and own scores, by the model's rule. */
    public static double legScore(Facts.Leg leg, double handlerInherited, double handlerOwn, ScoringModel m) {
        return legScore(GeographyCalculator.country(leg.country(), m).score(), missingControls(leg),
                m.ranged() ? handlerOwn : handlerInherited, m);
    }

    /** Version 2: the share of a supplier's probability one hop passes on, given the buyer's inspection rating. */
    public static double passThrough(double inspectionRating, ScoringModel m) {
        double quality = (InsiderFactor.WORST - Explanations.clamp(inspectionRating, InsiderFactor.BEST,
                InsiderFactor.WORST)) / InsiderFactor.WORST;
        double effect = Explanations.clamp(m.inspectionEffect(), 0.0, 1.0);
        return Explanations.clamp(m.passThrough(), 0.0, 1.0) * (1.0 - effect * quality);
    }

    /** Version 2: the probability of an item from the worst source's k*p and the share-weighted sum of k*p. */
    public static double itemProbability(double worstSource, double mixed) {
        return Math.min(worstSource, mixed);
    }

    /**
     * Version 2: the riskiest hands plus the breadth premium P * x / (x + h), x = N - base the excess of the noisy-OR
     * over the riskiest hands, P breadthPremium and h breadthHalfAt (at least P, so a higher base never lowers the
     * score): half of P at x = h, never P.
     */
    public static double withPremium(double base, double noisy, ScoringModel m) {
        double premium = Math.max(0.0, m.breadthPremium());
        double half = Math.max(premium, m.breadthHalfAt());
        double excess = Math.max(0.0, noisy - base);
        double added = premium > 0.0 ? premium * excess / (excess + half) : 0.0;
        return Explanations.clamp(base + added);
    }

    /**
     * The links of a buyer by item: under version 2 links naming the same item (ignoring case and surrounding
     * spaces) form one group, items in first-seen order; under version 1 every link is an item of its own.
     */
    public static List<List<Facts.SupplierLink>> items(List<Facts.SupplierLink> links, ScoringModel m) {
        Map<String, List<Facts.SupplierLink>> items = new LinkedHashMap<>();
        int n = 0;
        for (Facts.SupplierLink link : links) {
            String key = m.ranged() ? itemKey(link.item()) : "#" + n;
            items.computeIfAbsent(key, x -> new ArrayList<>()).add(link);
            n++;
        }
        return new ArrayList<>(items.values());
    }

    static String itemKey(String item) {
        return item == null ? "" : item.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Version 1's inherited score of one organization from lists (tests, one-off computations): each supplier's p_eff
     * by id (a supplier without one counts as the worst, 100) and each handler's inherited score by id.
     */
    public static InheritedScore inherit(double own, List<Facts.SupplierLink> links, Map<Long, Double> supplierPeff,
            List<Facts.Leg> legs, Map<Long, Double> handlerScore, ScoringModel m) {
        Map<Long, double[]> suppliers = new java.util.HashMap<>();
        supplierPeff.forEach((id, p) -> suppliers.put(id, new double[] {p, p}));
        return inherit(own, 1.0, links, suppliers, legs, handlerScore, m);
    }

    /**
     * One organization's inherited score from lists, under either version: own its own score, tau its pass-through
     * (version 2), each supplier's {p(base), p_eff} by id (missing: the worst, 100), each leg handler's score by id
     * (its inherited score under version 1, its own under version 2; missing: 0).
     */
    public static InheritedScore inherit(double own, double tau, List<Facts.SupplierLink> links,
            Map<Long, double[]> suppliers, List<Facts.Leg> legs, Map<Long, Double> handlerScore, ScoringModel m) {
        List<List<Facts.SupplierLink>> items = items(links, m);
        double worst = probability(100.0, m);
        double[] legScores = legs.stream().mapToDouble(leg -> legScore(GeographyCalculator.country(leg.country(), m)
                .score(), missingControls(leg), handlerScore.getOrDefault(leg.handlerId(), 0.0), m)).toArray();
        Upstream up = new Upstream() {
            @Override
            public int items() {
                return items.size();
            }

            @Override
            public int sources(int item) {
                return items.get(item).size();
            }

            @Override
            public double k(int item, int source) {
                return Propagation.k(items.get(item).get(source).criticality(), m);
            }

            @Override
            public double share(int item, int source) {
                return Explanations.clamp(items.get(item).get(source).share(), 0.0, 1.0);
            }

            @Override
            public double pBase(int item, int source) {
                double[] p = suppliers.get(items.get(item).get(source).supplierId());
                return p == null || Double.isNaN(p[0]) ? worst : Explanations.clamp(p[0], 0.0, 1.0);
            }

            @Override
            public double pEff(int item, int source) {
                double[] p = suppliers.get(items.get(item).get(source).supplierId());
                return p == null || Double.isNaN(p[1]) ? worst : Explanations.clamp(p[1], 0.0, 1.0);
            }

            @Override
            public int legs() {
                return legs.size();
            }

            @Override
            public double legScore(int leg) {
                return legScores[leg];
            }
        };
        double ownScore = Explanations.rounded(Explanations.clamp(own));
        List<Contribution> parts = new ArrayList<>();
        Attribution words = new Attribution() {
            @Override
            public void source(int item, int source, double points) {
                Facts.SupplierLink link = items.get(item).get(source);
                boolean known = suppliers.containsKey(link.supplierId());
                parts.add(ExplainedInheritance.source(link, link.supplierName(), points, known
                        ? "supplier's annual compromise probability " + Explanations.percent(up.pEff(item, source), 2)
                        : "supplier not scored yet: counts as the worst score 100"));
            }

            @Override
            public void leg(int leg, double points) {
                Facts.Leg l = legs.get(leg);
                parts.add(ExplainedInheritance.leg(l, l.handlerName(), points, legOwnScore(l, m),
                        handlerScore.getOrDefault(l.handlerId(), 0.0), legScores[leg], m));
            }
        };
        Result result = new Result();
        inherit(ownScore, tau, up, m, result, words);
        parts.add(ExplainedInheritance.own(ownScore, m));
        return new InheritedScore(probability(ownScore, m), result.pEff, result.score, m.band(result.score),
                Explanations.largestFirst(parts), result.score, result.score, result.pEff, result.pEff, result.base);
    }

    static int missingControls(Facts.Leg leg) {
        return (leg.seals() ? 0 : 1) + (leg.tracking() ? 0 : 1) + (leg.escort() ? 0 : 1);
    }

    /**
     * What one organization's inherited score is computed from, at one end of the range: its supply links grouped
     * by item and its custody legs, with the numbers of the suppliers and handlers at that end. Links of one item
     * are consecutive; under version 1 every link is an item of its own.
     */
    interface Upstream {
        int items();

        int sources(int item);

        /** k(criticality) of a source. */
        double k(int item, int source);

        /** Its share of the item, 0..1. */
        double share(int item, int source);

        /** p(base) of the supplier (version 2). */
        double pBase(int item, int source);

        /** p_eff of the supplier. */
        double pEff(int item, int source);

        int legs();

        /** The score the leg counts with (legScore). */
        double legScore(int leg);
    }

    /** Where the points R_eff - R_own go: to a source of an item, or to a custody leg. */
    interface Attribution {
        void source(int item, int source, double points);

        void leg(int leg, double points);
    }

    /** The numbers of one organization at one end of the range. */
    static final class Result {
        double base;
        double score;
        double pEff;
    }

    /**
     * The inherited score of one organization at one end of the range: own is its own score there (rounded),
     * tau its pass-through (version 2). Fills result; gives the points R_eff - R_own to attribution when not null.
     */
    static void inherit(double own, double tau, Upstream up, ScoringModel m, Result result, Attribution attribution) {
        if (m.ranged()) {
            inheritV2(own, tau, up, m, result, attribution);
        } else {
            inheritV1(own, up, m, result, attribution);
        }
    }

    private static void inheritV1(double own, Upstream up, ScoringModel m, Result result, Attribution attribution) {
        double pOwn = probability(own, m);
        double survive = 1.0;
        double kLeg = k(m.legCriticality(), m);
        for (int i = 0; i < up.items(); i++) {
            for (int s = 0; s < up.sources(i); s++) {
                survive *= 1.0 - up.k(i, s) * up.share(i, s) * up.pEff(i, s);
            }
        }
        for (int j = 0; j < up.legs(); j++) {
            survive *= 1.0 - kLeg * probability(up.legScore(j), m);
        }
        double pEff = Math.max(pOwn, 1.0 - (1.0 - pOwn) * survive);
        double score = Explanations.rounded(Math.max(own, score(pEff, m)));
        result.base = own;
        result.score = score;
        result.pEff = pEff;
        if (attribution != null) {
            double hazard = 0.0;
            for (int i = 0; i < up.items(); i++) {
                for (int s = 0; s < up.sources(i); s++) {
                    hazard += hazard(up.k(i, s) * up.share(i, s) * up.pEff(i, s));
                }
            }
            for (int j = 0; j < up.legs(); j++) {
                hazard += hazard(kLeg * probability(up.legScore(j), m));
            }
            double total = score - own;
            for (int i = 0; i < up.items(); i++) {
                for (int s = 0; s < up.sources(i); s++) {
                    double h = hazard(up.k(i, s) * up.share(i, s) * up.pEff(i, s));
                    attribution.source(i, s, hazard > 0 ? total * h / hazard : 0.0);
                }
            }
            for (int j = 0; j < up.legs(); j++) {
                double h = hazard(kLeg * probability(up.legScore(j), m));
                attribution.leg(j, hazard > 0 ? total * h / hazard : 0.0);
            }
        }
    }

    private static void inheritV2(double own, double tau, Upstream up, ScoringModel m, Result result,
            Attribution attribution) {
        double survive = 1.0 - probability(own, m);
        double baseMax = own;
        int argItem = -1;
        int argLeg = -1;
        for (int i = 0; i < up.items(); i++) {
            double worstBase = 0.0;
            double mixedBase = 0.0;
            double worstEff = 0.0;
            double mixedEff = 0.0;
            for (int s = 0; s < up.sources(i); s++) {
                double k = up.k(i, s);
                double share = up.share(i, s);
                worstBase = Math.max(worstBase, k * up.pBase(i, s));
                mixedBase += share * k * up.pBase(i, s);
                worstEff = Math.max(worstEff, k * up.pEff(i, s));
                mixedEff += share * k * up.pEff(i, s);
            }
            double item = score(tau * itemProbability(worstBase, mixedBase), m);
            if (item > baseMax) {
                baseMax = item;
                argItem = i;
            }
            survive *= 1.0 - tau * itemProbability(worstEff, mixedEff);
        }
        double kLeg = k(m.legCriticality(), m);
        for (int j = 0; j < up.legs(); j++) {
            double p = kLeg * probability(up.legScore(j), m);
            double leg = score(p, m);
            if (leg > baseMax) {
                baseMax = leg;
                argItem = -1;
                argLeg = j;
            }
            survive *= 1.0 - p;
        }
        double score = Explanations.rounded(withPremium(baseMax, score(1.0 - survive, m), m));
        result.base = Explanations.rounded(baseMax);
        result.score = score;
        result.pEff = probability(score, m);
        if (attribution != null) {
            attributeV2(own, baseMax, score, tau, argItem, argLeg, up, m, attribution);
        }
    }

    /**
     * Version 2's explanation: the lift from the own score to the riskiest hands goes to the item or leg that holds
     * them (within an item, to its sources by share * k * p); the breadth premium is shared by every item and leg in
     * proportion to its hazard -ln(1 - p) (within an item likewise). The points add up to R_eff - R_own.
     */
    private static void attributeV2(double own, double baseMax, double score, double tau, int argItem, int argLeg,
            Upstream up, ScoringModel m, Attribution attribution) {
        double total = score - own;
        double lift = Explanations.clamp(baseMax - own, 0.0, Math.max(0.0, total));
        double premium = total - lift;
        double kLeg = k(m.legCriticality(), m);
        double hazard = 0.0;
        double[] itemHazard = new double[up.items()];
        for (int i = 0; i < up.items(); i++) {
            itemHazard[i] = hazard(tau * mixed(up, i, true));
            hazard += itemHazard[i];
        }
        double[] legHazard = new double[up.legs()];
        for (int j = 0; j < up.legs(); j++) {
            legHazard[j] = hazard(kLeg * probability(up.legScore(j), m));
            hazard += legHazard[j];
        }
        if (hazard <= 0.0) {
            // No edge carries any probability: whatever is left is rounding, counted with the lift.
            lift += premium;
            premium = 0.0;
        }
        for (int i = 0; i < up.items(); i++) {
            double points = i == argItem ? lift : 0.0;
            double spread = hazard > 0.0 ? premium * itemHazard[i] / hazard : 0.0;
            double sumBase = 0.0;
            double sumEff = 0.0;
            for (int s = 0; s < up.sources(i); s++) {
                sumBase += up.share(i, s) * up.k(i, s) * up.pBase(i, s);
                sumEff += up.share(i, s) * up.k(i, s) * up.pEff(i, s);
            }
            for (int s = 0; s < up.sources(i); s++) {
                double even = 1.0 / up.sources(i);
                double partBase = sumBase > 0.0 ? up.share(i, s) * up.k(i, s) * up.pBase(i, s) / sumBase : even;
                double partEff = sumEff > 0.0 ? up.share(i, s) * up.k(i, s) * up.pEff(i, s) / sumEff : even;
                attribution.source(i, s, points * partBase + spread * partEff);
            }
        }
        for (int j = 0; j < up.legs(); j++) {
            double points = (j == argLeg ? lift : 0.0) + (hazard > 0.0 ? premium * legHazard[j] / hazard : 0.0);
            attribution.leg(j, points);
        }
    }

    /** sum_s share_s * k_s * p_s of an item, capped at its worst source (itemProbability), by base or eff. */
    private static double mixed(Upstream up, int item, boolean eff) {
        double worst = 0.0;
        double mixed = 0.0;
        for (int s = 0; s < up.sources(item); s++) {
            double p = eff ? up.pEff(item, s) : up.pBase(item, s);
            worst = Math.max(worst, up.k(item, s) * p);
            mixed += up.share(item, s) * up.k(item, s) * p;
        }
        return itemProbability(worst, mixed);
    }

    /** -ln(1 - p): an edge's term of -ln of the survival product; huge when the edge alone is certain. */
    private static double hazard(double p) {
        return -Math.log(Math.max(1.0 - p, Double.MIN_NORMAL));
    }
}
