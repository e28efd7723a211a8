package dev.custody.economics;

import java.util.Arrays;

/**
 * The upper-left concave hull of points (cost, value): the points that maximise {@code value - lambda *
 * cost} for some lambda >= 0, cheapest first, with cost and value strictly rising and slopes strictly
 * falling.
 */
final class Hull {
    private final double[] cost;
    private final double[] value;
    private final int[] mask;

    private Hull(double[] cost, double[] value, int[] mask) {
        this.cost = cost;
        this.value = value;
        this.mask = mask;
    }

    int size() {
        return cost.length;
    }

    double cost(int i) {
        return cost[i];
    }

    double reduction(int i) {
        return value[i];
    }

    int mask(int i) {
        return mask[i];
    }

    /** Value gained per cost from vertex i to i + 1. */
    double slope(int i) {
        return (value[i + 1] - value[i]) / (cost[i + 1] - cost[i]);
    }

    double[] costs() {
        return cost;
    }

    double[] reductions() {
        return value;
    }

    int[] masks() {
        return mask;
    }

    /** Collects points, then keeps the hull (monotone chain over the points sorted by cost). */
    static final class Builder {
        private double[] cost;
        private double[] value;
        private int[] mask;
        private int size;

        Builder(int capacity) {
            cost = new double[Math.max(1, capacity)];
            value = new double[cost.length];
            mask = new int[cost.length];
        }

        void add(double c, double v, int m) {
            if (size == cost.length) {
                cost = Arrays.copyOf(cost, size * 2);
                value = Arrays.copyOf(value, size * 2);
                mask = Arrays.copyOf(mask, size * 2);
            }
            cost[size] = c;
            value[size] = v;
            mask[size] = m;
            size++;
        }

        Hull hull() {
            int[] order = byCostThenValueDescending();
            int[] kept = new int[size];
            int top = 0;
            for (int i : order) {
                if (top > 0 && value[i] <= value[kept[top - 1]]) {
                    continue;
                }
                while (top >= 2 && !rightTurn(kept[top - 2], kept[top - 1], i)) {
                    top--;
                }
                kept[top++] = i;
            }
            double[] c = new double[top];
            double[] v = new double[top];
            int[] m = new int[top];
            for (int j = 0; j < top; j++) {
                c[j] = cost[kept[j]];
                v[j] = value[kept[j]];
                m[j] = mask[kept[j]];
            }
            return new Hull(c, v, m);
        }

        /** Whether b lies strictly above the segment from a to c. */
        private boolean rightTurn(int a, int b, int c) {
            double cross = (cost[b] - cost[a]) * (value[c] - value[a]) - (value[b] - value[a]) * (cost[c] - cost[a]);
            return cross < 0.0;
        }

        /** Indices sorted by cost ascending, equal costs by value descending, then by insertion (stable). */
        private int[] byCostThenValueDescending() {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            if (size < 2) {
                return order;
            }
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (x, y) -> {
                int byCost = Double.compare(cost[x], cost[y]);
                return byCost != 0 ? byCost : Double.compare(value[y], value[x]);
            });
            for (int i = 0; i < size; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
    }
}
