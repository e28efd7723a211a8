package dev.custody.economics;

import java.util.List;

/**
 * The simulated distribution of a year's total loss.
 *
 * @param years simulated years
 * @param mean mean annual loss (converges to the ALE)
 * @param p95 95th percentile annual loss
 * @param p99 99th percentile annual loss
 * @param max largest simulated annual loss
 * @param curve loss-exceedance curve: loss x -> P(annual loss > x), x ascending
 */
public record LossDistribution(int years, double mean, double p95, double p99, double max, List<ExceedancePoint> curve) {
    public LossDistribution {
        curve = List.copyOf(curve);
    }
}
