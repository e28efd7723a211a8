package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;

import dev.custody.network.Criticality;
import dev.custody.scoring.Contribution.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Risk flowing up the tiers (DOMAIN.md section 3): scores as annual compromise probabilities, combined
 * through supply links and custody legs, and back to a 0..100 inherited score.
 *
 * <p>Choices the text leaves open: the inherited score is never below the own score (R(p(R)) can miss R by
 * rounding); a supplier without a known p_eff counts as the worst score 100; a leg whose handler has no
 * known score counts its own score only. The points R_eff - R_own are split among the edges (supply links and
 * custody legs) in proportion to each edge's hazard term -ln(1 - k*share*p), the terms whose sum is
 * -ln((1 - p_eff) / (1 - p_own)); so they always add up to R_eff - R_own, even when R_eff is clamped at 100.
 */
public final class Propagation {
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

    /** k(criticality) * share, the weight of a supply link (share clamped to 0..1). */
    public static double linkWeight(Criticality criticality, double share, ScoringModel m) {
        return k(criticality, m) * Explanations.clamp(share, 0.0, 1.0);
    }

    /** A custody leg's own score without its handler: w*G(country) + (1-w)*100*missing/3. */
    public static double legOwnScore(Facts.Leg leg, ScoringModel m) {
        double g = GeographyCalculator.country(leg.country(), m).score();
        double w = Explanations.clamp(m.legGeographyWeight(), 0.0, 1.0);
        return Explanations.clamp(w * g + (1.0 - w) * 100.0 * missingControls(leg) / 3.0);
    }

    /** max(leg's own score, the handler's inherited score). */
    public static double legScore(Facts.Leg leg, double handlerInherited, ScoringModel m) {
        return Explanations.clamp(Math.max(legOwnScore(leg, m), handlerInherited));
    }

    /** p_eff = 1-(1-p_own)*prod(1-k*share*p_eff(supplier)), legs as suppliers with share 1 and k(legCriticality). */
    public static InheritedScore inherit(double ownScore, List<Facts.SupplierLink> links, Map<Long, Double> supplierPeff,
            List<Facts.Leg> legs, Map<Long, Double> handlerInherited, ScoringModel m) {
        double own = Explanations.clamp(ownScore);
        double pOwn = probability(own, m);
        List<Edge> edges = new ArrayList<>();
        for (Facts.SupplierLink link : links) {
            edges.add(linkEdge(link, supplierPeff.get(link.supplierId()), m));
        }
        for (Facts.Leg leg : legs) {
            edges.add(legEdge(leg, handlerInherited.get(leg.handlerId()), m));
        }
        double survive = 1.0;
        double hazard = 0.0;
        for (Edge edge : edges) {
            survive *= edge.factor();
            hazard += edge.hazard();
        }
        double pEff = Math.max(pOwn, 1.0 - (1.0 - pOwn) * survive);
        double score = Math.max(own, score(pEff, m));
        List<Contribution> parts = new ArrayList<>();
        parts.add(new Contribution(Kind.DIMENSION, "own score", own,
                "annual compromise probability " + Explanations.percent(pOwn, 2),
                Contribution.Ref.code(Contribution.Dimension.OWN)));
        for (Edge edge : edges) {
            double points = hazard > 0.0 ? (score - own) * edge.hazard() / hazard : 0.0;
            parts.add(new Contribution(edge.kind(), edge.label(), points, edge.detail(), edge.ref()));
        }
        return new InheritedScore(pOwn, pEff, score, m.band(score), Explanations.largestFirst(parts));
    }

    private static Edge linkEdge(Facts.SupplierLink link, Double pSupplier, ScoringModel m) {
        double p = pSupplier == null || pSupplier.isNaN() ? probability(100.0, m) : Explanations.clamp(pSupplier, 0, 1);
        double w = linkWeight(link.criticality(), link.share(), m);
        String label = link.item() + " from " + link.supplierName() + " ("
                + (link.criticality() == null ? "criticality unknown" : Explanations.lower(link.criticality()))
                + ", share " + Explanations.percent(Explanations.clamp(link.share(), 0, 1), 1) + ")";
        String detail = pSupplier == null ? "supplier not scored yet: counts as the worst score 100"
                : "supplier's inherited score " + number(score(p, m)) + " (annual compromise probability "
                        + Explanations.percent(p, 2) + ") × k " + number(k(link.criticality(), m), 3)
                        + " × share " + number(link.share(), 3);
        return new Edge(Kind.SUPPLIER, label, detail, 1.0 - w * p,
                new Contribution.Ref(link.id(), link.supplierId(), null));
    }

    private static Edge legEdge(Facts.Leg leg, Double handler, ScoringModel m) {
        double own = legOwnScore(leg, m);
        double h = handler == null || handler.isNaN() ? 0.0 : handler;
        double score = legScore(leg, h, m);
        double w = k(m.legCriticality(), m) * 1.0;
        String label = "custody leg " + leg.sequence() + " (" + leg.kind() + ") by " + leg.handlerName() + " in "
                + GeographyCalculator.countryName(leg.country()) + ": " + controls(leg);
        String detail = "leg score " + number(own) + " from the country and missing controls; "
                + (handler == null ? "handler not scored yet"
                        : "handler's inherited score " + number(h) + (h > own ? " is higher and counts" : ""))
                + "; counts as a " + Explanations.lower(m.legCriticality()) + " supplier with share 100 %, score "
                + number(score);
        return new Edge(Kind.CUSTODY_LEG, label, detail, 1.0 - w * probability(score, m),
                new Contribution.Ref(leg.id(), leg.handlerId(), null));
    }

    private static int missingControls(Facts.Leg leg) {
        return (leg.seals() ? 0 : 1) + (leg.tracking() ? 0 : 1) + (leg.escort() ? 0 : 1);
    }

    private static String controls(Facts.Leg leg) {
        List<String> missing = new ArrayList<>();
        if (!leg.seals()) {
            missing.add("seals");
        }
        if (!leg.tracking()) {
            missing.add("tracking");
        }
        if (!leg.escort()) {
            missing.add("escort");
        }
        return missing.isEmpty() ? "all controls in place" : "missing " + String.join(", ", missing);
    }

    static double k(Criticality criticality, ScoringModel m) {
        Double k = criticality == null ? null : m.criticalityFactor().get(criticality);
        return k == null || k.isNaN() ? 0.0 : Explanations.clamp(k, 0.0, 1.0);
    }

    private record Edge(Kind kind, String label, String detail, double factor, Contribution.Ref ref) {
        /** -ln(1 - k*share*p): the edge's term of -ln((1 - p_eff) / (1 - p_own)); huge when the edge alone is certain. */
        double hazard() {
            return -Math.log(Math.max(factor, Double.MIN_NORMAL));
        }
    }
}
