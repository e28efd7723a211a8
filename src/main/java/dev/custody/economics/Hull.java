package dev.custody.economics;

/**
 * Points (cost, value, candidate mask) kept sorted by cost, and their upper-left concave hull: the points
 * that maximise {@code value - lambda * cost} for some lambda >= 0, cheapest first, with cost and value
 * strictly rising and slopes strictly falling. Everything is built by linear merges of sorted runs, so no
 * general sort is needed.
 */
final class Hull {
    private final double[] cost;
    private final double[] value;
    private final int[] mask;
    private final int size;

    private Hull(double[] cost, double[] value, int[] mask, int size) {
        this.cost = cost;
        this.value = value;
        this.mask = mask;
        this.size = size;
    }

    /** A single point. */
    static Hull point(double cost, double value, int mask) {
        return new Hull(new double[] {cost}, new double[] {value}, new int[] {mask}, 1);
    }

    int size() {
        return size;
    }

    double cost(int i) {
        return cost[i];
    }

    double value(int i) {
        return value[i];
    }

    int mask(int i) {
        return mask[i];
    }

    /** Value gained per cost from vertex i to i + 1. */
    double slope(int i) {
        return (value[i + 1] - value[i]) / (cost[i + 1] - cost[i]);
    }

    /**
     * Every point of this sorted run, and each again with one more candidate: cost + addCost, value *
     * factor, mask | bit. Both runs are sorted, so one merge keeps the result sorted (the subsets of n
     * candidates in O(2^n), sorted).
     */
    Hull withAndWithout(double addCost, double factor, int bit) {
        double[] c = new double[size];
        double[] v = new double[size];
        int[] m = new int[size];
        for (int i = 0; i < size; i++) {
            c[i] = cost[i] + addCost;
            v[i] = value[i] * factor;
            m[i] = mask[i] | bit;
        }
        return merge(new Hull(c, v, m, size));
    }

    /** The values replaced by 1 - value (a remaining share turned into a reduced share). */
    Hull complement() {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = 1.0 - value[i];
        }
        return new Hull(cost, v, mask, size);
    }

    /** This sorted run merged with another, sorted by cost. */
    Hull merge(Hull other) {
        int n = size + other.size;
        double[] c = new double[n];
        double[] v = new double[n];
        int[] m = new int[n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            boolean mine = j >= other.size || (i < size && cost[i] <= other.cost[j]);
            Hull from = mine ? this : other;
            int at = mine ? i++ : j++;
            c[k] = from.cost[at];
            v[k] = from.value[at];
            m[k] = from.mask[at];
        }
        return new Hull(c, v, m, n);
    }

    /** The upper-left hull of this sorted run (monotone chain). */
    Hull upper() {
        int[] kept = new int[size];
        int top = 0;
        for (int i = 0; i < size; i++) {
            if (top > 0 && value[i] <= value[kept[top - 1]]) {
                continue;
            }
            if (top > 0 && cost[i] == cost[kept[top - 1]]) {
                top--;
            }
            while (top >= 2 && !above(kept[top - 2], kept[top - 1], i)) {
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
        return new Hull(c, v, m, top);
    }

    /** Whether b lies strictly above the segment from a to c. */
    private boolean above(int a, int b, int c) {
        double cross = (cost[b] - cost[a]) * (value[c] - value[a]) - (value[b] - value[a]) * (cost[c] - cost[a]);
        return cross < 0.0;
    }

    /** Collects the vertices of one chain in rising cost. */
    static final class Chain {
        private double[] cost;
        private double[] value;
        private int[] mask;
        private int size;

        Chain(int capacity) {
            cost = new double[Math.max(1, capacity)];
            value = new double[cost.length];
            mask = new int[cost.length];
        }

        void add(double c, double v, int m) {
            cost[size] = c;
            value[size] = v;
            mask[size] = m;
            size++;
        }

        Hull toHull() {
            return new Hull(cost, value, mask, size);
        }
    }
}
