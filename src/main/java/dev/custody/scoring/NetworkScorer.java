package dev.custody.scoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores a set of organizations: each one's own score, then its inherited score in ScoreOrder, from the
 * scores just computed for members and the stored scores of suppliers and handlers outside the set.
 * Streams each result to a sink so that a run over the whole network keeps only numbers in memory.
 */
public final class NetworkScorer {
    /** What a buyer needs of a supplier or handler: its effective probability and inherited score. */
    public record Upstream(double pEff, double inherited) {
    }

    private NetworkScorer() {
    }

    /** Suppliers and custody-leg handlers of the members that are not members themselves. */
    public static Set<Long> upstreamOutside(NetworkFacts facts) {
        Set<Long> outside = new HashSet<>();
        for (long id : facts.organizations().keySet()) {
            facts.linksOf(id).forEach(l -> outside.add(l.supplierId()));
            facts.legsOf(id).forEach(l -> outside.add(l.handlerId()));
        }
        outside.removeAll(facts.organizations().keySet());
        return outside;
    }

    /** Scores every member, suppliers first; outside must hold every organization of upstreamOutside. */
    public static int score(NetworkFacts facts, Map<Long, Upstream> outside, LocalDate today, ScoringModel model,
            Consumer<ScoredOrganization> sink) {
        ScoreOrder order = ScoreOrder.of(facts);
        Map<Long, Upstream> known = new HashMap<>(outside);
        Map<Long, Double> ownScores = new HashMap<>();
        for (long id : order.order()) {
            OwnScore own = OwnScoreCalculator.score(facts.organizations().get(id), today, model);
            ownScores.put(id, own.score());
            Map<Long, Double> supplierPeff = new HashMap<>();
            for (Facts.SupplierLink link : facts.linksOf(id)) {
                supplierPeff.put(link.supplierId(), upstream(known, link.supplierId()).pEff());
            }
            List<Facts.Leg> legs = facts.legsOf(id);
            Map<Long, Double> handlerScores = new HashMap<>();
            for (Facts.Leg leg : legs) {
                long handler = leg.handlerId();
                handlerScores.put(handler, order.sameComponent(id, handler)
                        ? ownScores.computeIfAbsent(handler, h -> ownScore(facts, h, today, model))
                        : upstream(known, handler).inherited());
            }
            InheritedScore inherited = Propagation.inherit(own.score(), facts.linksOf(id), supplierPeff, legs,
                    handlerScores, model);
            known.put(id, new Upstream(inherited.pEff(), inherited.score()));
            sink.accept(new ScoredOrganization(id, own, inherited));
        }
        return order.order().size();
    }

    private static double ownScore(NetworkFacts facts, long id, LocalDate today, ScoringModel model) {
        return OwnScoreCalculator.score(facts.organizations().get(id), today, model).score();
    }

    private static Upstream upstream(Map<Long, Upstream> known, long id) {
        Upstream upstream = known.get(id);
        if (upstream == null) {
            throw new IllegalStateException("No score for organization " + id + ", a dependency of the scored set");
        }
        return upstream;
    }
}
