package dev.custody.gating;

import dev.custody.economics.Estimate;
import dev.custody.economics.Safeguard;
import dev.custody.scoring.Propagation;
import dev.custody.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cheapest set of safeguards whose residual score {@code R(sum_s p_s * prod_k (1 - e_k))}, with expected
 * effectiveness, is under a limit: an exact search over every subset of the candidates. Ties go to the set
 * with fewer safeguards, then to the one found first (candidates in the order given). The residual score is the
 * scoring core's R(p) (Propagation), rounded to the precision shown, and compared as shown.
 */
public final class SafeguardChoice {
    /** 2^20 subsets at most; the catalogue has a dozen safeguards. */
    public static final int MAX_CANDIDATES = 20;

    /** The chosen safeguards (in candidate order), their cost a year and the residual score they reach. */
    public record Choice(List<Safeguard> safeguards, double annualCost, double residual) {
    }

    private SafeguardChoice() {
    }

    /** The residual score of the scenarios with the given safeguards in place, as shown (one decimal). */
    public static double residualScore(Map<String, Double> scenarios, List<Safeguard> safeguards, ScoringModel model) {
        double p = 0.0;
        for (Map.Entry<String, Double> scenario : scenarios.entrySet()) {
            double residual = scenario.getValue();
            for (Safeguard safeguard : safeguards) {
                if (safeguard.mitigates(scenario.getKey())) {
                    residual *= 1.0 - safeguard.effectiveness().at(Estimate.EXPECTED);
                }
            }
            p += residual;
        }
        return Propagation.shown(Propagation.score(p, model));
    }

    /** The cheapest set under limit (strictly), or null when even every candidate together stays at or above it. */
    public static Choice cheapest(Map<String, Double> scenarios, List<Safeguard> candidates, double limit,
            ScoringModel model, int amortisationYears, int quantity) {
        if (candidates.size() > MAX_CANDIDATES) {
            throw new IllegalArgumentException("At most " + MAX_CANDIDATES + " candidate safeguards, got " + candidates.size());
        }
        Choice best = null;
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            List<Safeguard> chosen = subset(candidates, mask);
            double cost = chosen.stream().mapToDouble(s -> s.cost().perYear(amortisationYears, quantity)).sum();
            if (best != null && (cost > best.annualCost()
                    || cost == best.annualCost() && chosen.size() >= best.safeguards().size())) {
                continue;
            }
            double residual = residualScore(scenarios, chosen, model);
            if (residual < limit) {
                best = new Choice(chosen, cost, residual);
            }
        }
        return best;
    }

    private static List<Safeguard> subset(List<Safeguard> candidates, int mask) {
        List<Safeguard> chosen = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if ((mask & (1 << k)) != 0) {
                chosen.add(candidates.get(k));
            }
        }
        return chosen;
    }
}
