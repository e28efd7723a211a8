package dev.custody.scoring;

import static dev.custody.scoring.Explanations.number;
import static dev.custody.scoring.Explanations.percent;

import dev.custody.scoring.Contribution.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of one organization's inherited score: receives the points of each supply link and custody leg
 * from {@link Propagation#inherit} and words them, with what each link or leg is and the numbers it counted with.
 */
final class ExplainedInheritance implements Propagation.Attribution {
    private final ScoringGraph graph;
    private final int v;
    private final ScoringModel model;
    private final List<Contribution> parts = new ArrayList<>();

    ExplainedInheritance(ScoringGraph graph, int v) {
        this.graph = graph;
        this.v = v;
        this.model = graph.model();
    }

    @Override
    public void source(int item, int source, double points) {
        int e = graph.itemStart(v, item) + source;
        Facts.SupplierLink link = graph.link(v, e);
        Facts.Organization supplier = graph.organization(link.supplierId());
        parts.add(source(link, supplier == null ? link.supplierName() : supplier.name(), points, sourceDetail(e, link)));
    }

    @Override
    public void leg(int j, double points) {
        Facts.Leg leg = graph.leg(v, j);
        Facts.Organization handler = graph.organization(leg.handlerId());
        parts.add(leg(leg, handler == null ? leg.handlerName() : handler.name(), points, graph.legOwnScore(v, j),
                graph.legHandlerScore(v, j, Propagation.EXPECTED), graph.legCounted(v, j, Propagation.EXPECTED), model));
    }

    /** The whole explanation, largest first: the own score, then every link and leg. */
    List<Contribution> contributions(double ownScore) {
        List<Contribution> all = new ArrayList<>(parts);
        all.add(own(ownScore, model));
        return Explanations.largestFirst(all);
    }

    /** A supply link's part: "<item> from <supplier> (<criticality>, share <share>)". */
    static Contribution source(Facts.SupplierLink link, String supplierName, double points, String detail) {
        String label = link.item() + " from " + supplierName + " ("
                + (link.criticality() == null ? "criticality unknown" : Explanations.lower(link.criticality()))
                + ", share " + percent(Explanations.clamp(link.share(), 0, 1), 1) + ")";
        return new Contribution(Kind.SUPPLIER, label, points, detail,
                new Contribution.Ref(link.id(), link.supplierId(), null));
    }

    /** A custody leg's part, with its own score, the handler's score it counted and which one won. */
    static Contribution leg(Facts.Leg leg, String handlerName, double points, double own, double handler,
            double counted, ScoringModel model) {
        String label = "custody leg " + leg.sequence() + " (" + Explanations.lower(leg.kind()) + ") by "
                + handlerName + " in " + GeographyCalculator.countryName(leg.country()) + ": " + controls(leg);
        String detail = model.ranged()
                ? "the handler's handling: its own score " + number(handler) + " (its suppliers are not counted again) or "
                        + "the country's geography, whichever is higher, each control in place taking "
                        + percent(model.legControlEffect(), 0) + " of the leg's probability away, gives " + number(counted)
                        + "; counts as a " + Explanations.lower(model.legCriticality()) + " supplier with share 100 %"
                : "leg score " + number(own) + " from the country and missing controls; handler's inherited score "
                        + number(handler) + (handler > own ? " is higher and counts" : "") + "; counts as a "
                        + Explanations.lower(model.legCriticality()) + " supplier with share 100 %, score "
                        + number(counted);
        return new Contribution(Kind.CUSTODY_LEG, label, points, detail,
                new Contribution.Ref(leg.id(), leg.handlerId(), null));
    }

    /** The own score's part of an inherited score. */
    static Contribution own(double ownScore, ScoringModel model) {
        return new Contribution(Kind.DIMENSION, "own score", ownScore,
                "annual compromise probability " + percent(Propagation.probability(ownScore, model), 2),
                Contribution.Ref.code(Contribution.Dimension.OWN));
    }

    private String sourceDetail(int e, Facts.SupplierLink link) {
        if (!graph.supplierKnown(v, e)) {
            return "supplier not scored yet: counts as the worst score 100";
        }
        double supplier = graph.supplierScore(v, e, Propagation.EXPECTED);
        double p = Propagation.probability(supplier, model);
        String k = number(graph.kOf(v, e), 3);
        if (!model.ranged()) {
            return "supplier's inherited score " + number(supplier) + " (annual compromise probability "
                    + percent(p, 2) + ") × k " + k + " × share " + number(link.share(), 3);
        }
        double base = graph.supplierBase(v, e, Propagation.EXPECTED);
        return "supplier's inherited score " + number(supplier) + " (riskiest hands in its tree " + number(base)
                + ", annual compromise probability " + percent(p, 2) + ") × k " + k + " × share "
                + number(link.share(), 3) + " × pass-through " + percent(graph.tau(v, Propagation.EXPECTED), 1)
                + " (one hop, lowered by the buyer's incoming inspection)";
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
}
