package dev.custody.economics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One engagement's efficient frontier: the plans on the upper concave hull of (annual cost, ALE reduction
 * at expected effectiveness), cheapest first, cost and reduction strictly rising, return per money unit
 * strictly falling. Exact and fast when most candidates mitigate one scenario: given the candidates that
 * mitigate several (enumerated), scenario s's single-scenario candidates only scale by
 * {@code ALE_s * residual_s}, so the hull of each such family is the Minkowski sum of the per-scenario
 * hulls (edges merged by slope), and the frontier is the hull of the union of those families.
 *
 * @param cost annual cost of each hull plan
 * @param reduction ALE reduction of each hull plan
 * @param mask candidate bits of each hull plan
 */
record Frontier(double[] cost, double[] reduction, int[] mask) {

    int size() {
        return cost.length;
    }

    static Frontier of(Exposure exposure, List<Safeguard> candidates, EconomicsModel model) {
        PlanOptimiser.checkCandidates(candidates);
        List<Scenario> scenarios = exposure.scenarios();
        int m = scenarios.size();
        double[] ale = new double[m];
        for (int s = 0; s < m; s++) {
            ale[s] = scenarios.get(s).ale();
        }
        double[] costs = new double[candidates.size()];
        double[][] keep = new double[candidates.size()][m];
        List<List<Integer>> singles = new ArrayList<>();
        for (int s = 0; s < m; s++) {
            singles.add(new ArrayList<>());
        }
        List<Integer> multi = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            Safeguard safeguard = candidates.get(k);
            costs[k] = safeguard.annualCost(model, exposure.unitsPerYear());
            int mitigated = 0;
            int last = -1;
            for (int s = 0; s < m; s++) {
                boolean mitigates = safeguard.mitigates(scenarios.get(s).key());
                keep[k][s] = mitigates ? 1.0 - safeguard.effectiveness().expected() : 1.0;
                if (mitigates) {
                    mitigated++;
                    last = s;
                }
            }
            if (mitigated == 1) {
                singles.get(last).add(k);
            } else if (mitigated > 1) {
                multi.add(k);
            }
        }
        Hull[] perScenario = new Hull[m];
        for (int s = 0; s < m; s++) {
            perScenario[s] = scenarioHull(singles.get(s), costs, keep, s);
        }
        return combine(ale, costs, keep, multi, perScenario);
    }

    /** Hull of (cost, 1 - prod(1 - e)) over the subsets of one scenario's single-scenario candidates. */
    private static Hull scenarioHull(List<Integer> members, double[] costs, double[][] keep, int s) {
        Hull subsets = Hull.point(0.0, 1.0, 0);
        for (int k : members) {
            subsets = subsets.withAndWithout(costs[k], keep[k][s], 1 << k);
        }
        return subsets.complement().upper();
    }

    /** For every subset of the multi-scenario candidates, the Minkowski sum of the scaled scenario hulls. */
    private static Frontier combine(double[] ale, double[] costs, double[][] keep, List<Integer> multi, Hull[] hulls) {
        int m = ale.length;
        int edges = 0;
        for (Hull hull : hulls) {
            edges += hull.size() - 1;
        }
        double[] left = new double[m];
        double[] scale = new double[m];
        int[] at = new int[m];
        Hull union = null;
        for (int family = 0; family < 1 << multi.size(); family++) {
            double cost = 0.0;
            int mask = 0;
            Arrays.fill(left, 1.0);
            for (int i = 0; i < multi.size(); i++) {
                if ((family & (1 << i)) != 0) {
                    int k = multi.get(i);
                    cost += costs[k];
                    mask |= 1 << k;
                    for (int s = 0; s < m; s++) {
                        left[s] *= keep[k][s];
                    }
                }
            }
            double reduction = 0.0;
            for (int s = 0; s < m; s++) {
                scale[s] = ale[s] * left[s];
                reduction += ale[s] * (1.0 - left[s]) + scale[s] * hulls[s].value(0);
                cost += hulls[s].cost(0);
                at[s] = 0;
            }
            Hull.Chain chain = new Hull.Chain(edges + 1);
            walk(chain, hulls, scale, at, cost, reduction, mask);
            union = union == null ? chain.toHull().upper() : union.merge(chain.toHull()).upper();
        }
        return new Frontier(copy(union, union::cost), copy(union, union::value), masks(union));
    }

    /** Emits the vertices of one Minkowski sum, taking the steepest next edge of any scenario each time. */
    private static void walk(Hull.Chain chain, Hull[] hulls, double[] scale, int[] at, double cost,
            double reduction, int familyMask) {
        chain.add(cost, reduction, vertexMask(hulls, at, familyMask));
        while (true) {
            int steepest = -1;
            double bestSlope = 0.0;
            for (int s = 0; s < hulls.length; s++) {
                if (at[s] + 1 < hulls[s].size()) {
                    double slope = scale[s] * hulls[s].slope(at[s]);
                    if (slope > bestSlope) {
                        bestSlope = slope;
                        steepest = s;
                    }
                }
            }
            if (steepest < 0) {
                return;
            }
            Hull h = hulls[steepest];
            int i = at[steepest];
            cost += h.cost(i + 1) - h.cost(i);
            reduction += scale[steepest] * (h.value(i + 1) - h.value(i));
            at[steepest] = i + 1;
            chain.add(cost, reduction, vertexMask(hulls, at, familyMask));
        }
    }

    private static double[] copy(Hull hull, java.util.function.IntToDoubleFunction field) {
        double[] values = new double[hull.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = field.applyAsDouble(i);
        }
        return values;
    }

    private static int[] masks(Hull hull) {
        int[] masks = new int[hull.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = hull.mask(i);
        }
        return masks;
    }

    private static int vertexMask(Hull[] hulls, int[] at, int familyMask) {
        int mask = familyMask;
        for (int s = 0; s < hulls.length; s++) {
            mask |= hulls[s].mask(at[s]);
        }
        return mask;
    }

    List<FrontierPoint> points(List<Safeguard> candidates) {
        List<FrontierPoint> points = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            List<String> keys = PlanOptimiser.subset(candidates, mask[i]).stream().map(Safeguard::key).toList();
            points.add(new FrontierPoint(keys, cost[i], reduction[i]));
        }
        return points;
    }
}
