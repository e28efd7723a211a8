package dev.custody.scoring;

import dev.custody.network.InsiderFactor;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which assessment is worth doing first (DOMAIN.md section 7, "assess next"): for each organization whose insider
 * factors are partly unknown or stale, how far the expected annual loss of the vendors above it could move between the
 * two ends of its own range (everything else at its expected value): the money its unknowns leave open. Exact, by
 * re-running the tiers above it at both ends (ScoringGraph.whatIf), not a linear estimate.
 */
public final class AssessNext {
    /**
     * One organization to assess: why (never assessed, stale, factors not rated), the expected annual loss its unknowns
     * leave open summed over the vendors above it (moneyOpen, in the vendors' currency; 0 when no vendor above has an
     * engagement) and the annual compromise probability they leave open (the largest over those vendors), how many
     * vendors it moves, the vendor it moves most, and a path from that vendor down to it (ids, vendor first).
     */
    public record Candidate(long organizationId, String name, String why, double ownLow, double own, double ownHigh,
            double moneyOpen, double probabilityOpen, int vendors, long topVendorId, List<Long> path) {
    }

    private AssessNext() {
    }

    /**
     * The candidates in one vendor's tree (its suppliers at every tier and its custody-leg handlers, and itself),
     * largest first by money open for this vendor (then probability). lossPerProbability is the vendor's expected
     * annual loss per unit of p_eff (0 without an engagement: ranked by probability only).
     */
    public static List<Candidate> forVendor(ScoringGraph graph, long vendorId, double lossPerProbability, int limit) {
        Map<Long, Long> parent = tree(graph, vendorId);
        List<Candidate> candidates = new ArrayList<>();
        NodeScore vendor = graph.score(vendorId);
        for (long id : parent.keySet()) {
            if (!uncertain(graph, id)) {
                continue;
            }
            double[] range = vendorRange(graph, id, vendorId, vendor.pEff(), parent.keySet());
            double open = range[1] - range[0];
            if (open <= 0) {
                continue;
            }
            candidates.add(candidate(graph, id, open * lossPerProbability, open, 1, vendorId, path(parent, id)));
        }
        return top(candidates, limit);
    }

    /**
     * The candidates over the whole portfolio: every organization below some vendor, each counted for every vendor
     * above it; vendorLoss gives each vendor's expected annual loss per unit of p_eff (vendors without an engagement:
     * 0). Largest first by money open, then probability.
     */
    public static List<Candidate> portfolio(ScoringGraph graph, long[] vendors, Map<Long, Double> vendorLoss,
            int limit) {
        // Memory stays linear in the network: no tree per vendor is kept (2,880 vendors' trees of a 100,000-organization
        // network do not fit in a gigabyte). The vendors an organization moves are those its what-ifs reach; the path
        // is found only for the candidates returned.
        Map<Long, Integer> order = new HashMap<>();
        for (long vendor : vendors) {
            if (graph.contains(vendor)) {
                order.putIfAbsent(vendor, order.size());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (long id : below(graph, order.keySet())) {
            if (!uncertain(graph, id)) {
                continue;
            }
            Map<Long, double[]> low = graph.whatIf(id, Propagation.LOW);
            Map<Long, double[]> high = graph.whatIf(id, Propagation.HIGH);
            TreeMap<Integer, Long> above = new TreeMap<>();
            for (Map<Long, double[]> moved : List.of(low, high)) {
                for (long at : moved.keySet()) {
                    Integer position = order.get(at);
                    if (position != null) {
                        above.put(position, at);
                    }
                }
            }
            double money = 0;
            double probability = 0;
            double[] best = {-1, -1};
            long top = -1;
            int moved = 0;
            for (long vendor : above.values()) {
                double expected = graph.score(vendor).pEff();
                double open = pEff(high, vendor, expected) - pEff(low, vendor, expected);
                if (open <= 0) {
                    continue;
                }
                moved++;
                double vendorMoney = open * vendorLoss.getOrDefault(vendor, 0.0);
                money += vendorMoney;
                probability = Math.max(probability, open);
                if (vendorMoney > best[0] || vendorMoney == best[0] && open > best[1]) {
                    best = new double[] {vendorMoney, open};
                    top = vendor;
                }
            }
            if (moved > 0) {
                candidates.add(candidate(graph, id, money, probability, moved, top, null));
            }
        }
        return top(candidates, limit).stream().map(c -> new Candidate(c.organizationId(), c.name(), c.why(), c.ownLow(),
                c.own(), c.ownHigh(), c.moneyOpen(), c.probabilityOpen(), c.vendors(), c.topVendorId(),
                path(tree(graph, c.topVendorId()), c.organizationId()))).toList();
    }

    /** Every organization in some vendor's tree (the vendors, their suppliers at every tier, their legs' handlers). */
    private static Set<Long> below(ScoringGraph graph, Set<Long> vendors) {
        Set<Long> seen = new LinkedHashSet<>(vendors);
        Deque<Long> work = new ArrayDeque<>(vendors);
        for (long vendor : vendors) {
            for (Facts.Leg leg : graph.legsOf(vendor)) {
                if (graph.contains(leg.handlerId())) {
                    seen.add(leg.handlerId());
                }
            }
        }
        while (!work.isEmpty()) {
            long buyer = work.poll();
            for (Facts.SupplierLink link : graph.linksOf(buyer)) {
                if (graph.contains(link.supplierId()) && seen.add(link.supplierId())) {
                    work.add(link.supplierId());
                }
            }
        }
        return seen;
    }

    /** Why an organization's score is uncertain, in words. */
    public static String why(Facts.Organization o, LocalDate today, ScoringModel model) {
        Facts.Assessment latest = o.latestAssessment();
        int factors = InsiderFactor.values().length;
        if (latest == null) {
            return "never assessed";
        }
        if (InsiderCalculator.isStale(latest, today, model)) {
            return "assessed " + Explanations.date(latest.assessedOn()) + ", older than " + model.staleAfterMonths()
                    + " months";
        }
        long unknown = java.util.Arrays.stream(InsiderFactor.values())
                .filter(f -> latest.ratings() == null || latest.ratings().get(f) == null).count();
        return unknown + " of " + factors + " factors not rated in the assessment of "
                + Explanations.date(latest.assessedOn());
    }

    private static boolean uncertain(ScoringGraph graph, long id) {
        NodeScore s = graph.score(id);
        return s != null && s.ownHigh() > s.ownLow();
    }

    /** {p_eff of the vendor with the organization at its low end, at its high end}. */
    private static double[] vendorRange(ScoringGraph graph, long id, long vendorId, double expected,
            Set<Long> tree) {
        return new double[] {pEff(graph.whatIf(id, Propagation.LOW, tree), vendorId, expected),
            pEff(graph.whatIf(id, Propagation.HIGH, tree), vendorId, expected)};
    }

    private static double pEff(Map<Long, double[]> moved, long vendor, double expected) {
        double[] values = moved.get(vendor);
        return values == null ? expected : values[2];
    }

    private static Candidate candidate(ScoringGraph graph, long id, double money, double probability, int vendors,
            long topVendor, List<Long> path) {
        Facts.Organization o = graph.organization(id);
        NodeScore s = graph.score(id);
        return new Candidate(id, o.name(), why(o, graph.today(), graph.model()), s.ownLow(), s.own(), s.ownHigh(), money,
                probability, vendors, topVendor, path);
    }

    private static List<Candidate> top(List<Candidate> candidates, int limit) {
        return candidates.stream().sorted(Comparator.comparingDouble(Candidate::moneyOpen).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::probabilityOpen).reversed())
                .thenComparingLong(Candidate::organizationId)).limit(limit).toList();
    }

    /** A vendor's tree: itself, its suppliers at every tier, its custody legs' handlers; each with its parent. */
    private static Map<Long, Long> tree(ScoringGraph graph, long vendorId) {
        Map<Long, Long> parent = new LinkedHashMap<>();
        parent.put(vendorId, null);
        for (Facts.Leg leg : graph.legsOf(vendorId)) {
            if (graph.contains(leg.handlerId())) {
                parent.putIfAbsent(leg.handlerId(), vendorId);
            }
        }
        Deque<Long> work = new ArrayDeque<>(List.of(vendorId));
        while (!work.isEmpty()) {
            long buyer = work.poll();
            for (Facts.SupplierLink link : graph.linksOf(buyer)) {
                if (graph.contains(link.supplierId()) && !parent.containsKey(link.supplierId())) {
                    parent.put(link.supplierId(), buyer);
                    work.add(link.supplierId());
                }
            }
        }
        return parent;
    }

    /** The path from the tree's vendor down to an organization, vendor first. */
    private static List<Long> path(Map<Long, Long> parent, long id) {
        List<Long> path = new ArrayList<>();
        for (Long at = id; at != null; at = parent.get(at)) {
            path.add(0, at);
        }
        return path;
    }
}
