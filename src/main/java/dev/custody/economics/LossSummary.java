package dev.custody.economics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Simulated annual losses reduced to what a distribution needs: the mean, and the non-zero years sorted
 * (most years usually have no event, so only those are sorted).
 */
final class LossSummary {
    private final int years;
    private final double mean;
    private final double[] positive;

    private LossSummary(int years, double mean, double[] positive) {
        this.years = years;
        this.mean = mean;
        this.positive = positive;
    }

    static LossSummary of(double[] losses) {
        double sum = 0.0;
        int count = 0;
        for (double loss : losses) {
            sum += loss;
            count += loss > 0.0 ? 1 : 0;
        }
        double[] positive = new double[count];
        int i = 0;
        for (double loss : losses) {
            if (loss > 0.0) {
                positive[i++] = loss;
            }
        }
        Arrays.sort(positive);
        return new LossSummary(losses.length, sum / losses.length, positive);
    }

    /** 0, then log-spaced losses from the smaller minimum to the larger maximum of two summaries. */
    static double[] grid(LossSummary a, LossSummary b) {
        double low = Math.min(a.min(), b.min());
        double high = Math.max(a.max(), b.max());
        if (!(high > 0.0)) {
            return new double[] {0.0};
        }
        if (!(high > low)) {
            return new double[] {0.0, high};
        }
        int points = MonteCarlo.CURVE_POINTS;
        double[] grid = new double[points];
        double step = Math.log(high / low) / (points - 2);
        for (int i = 1; i < points; i++) {
            grid[i] = i == points - 1 ? high : low * Math.exp(step * (i - 1));
        }
        return grid;
    }

    LossDistribution distribution(double[] grid) {
        List<ExceedancePoint> curve = new ArrayList<>(grid.length);
        for (double loss : grid) {
            curve.add(new ExceedancePoint(loss, exceedance(loss)));
        }
        return new LossDistribution(years, mean, percentile(0.95), percentile(0.99), max(), curve);
    }

    /** Nearest rank: the smallest simulated annual loss with at least q of the years at or below it. */
    double percentile(double q) {
        int rank = (int) Math.ceil(q * years) - 1;
        int zeros = years - positive.length;
        return rank < zeros ? 0.0 : positive[rank - zeros];
    }

    /** Share of the years whose loss is above x. */
    double exceedance(double x) {
        int above = positive.length - upperBound(x);
        return (double) above / years;
    }

    private int upperBound(double x) {
        int low = 0;
        int high = positive.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (positive[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private double min() {
        return positive.length == 0 ? Double.POSITIVE_INFINITY : positive[0];
    }

    private double max() {
        return positive.length == 0 ? 0.0 : positive[positive.length - 1];
    }
}
