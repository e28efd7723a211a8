package dev.custody.economics;

/**
 * Annual loss before and after a plan from one seeded run (the same simulated events, each kept after the
 * plan with probability p'/p), with both loss-exceedance curves on the same loss grid.
 */
public record SimulationComparison(LossDistribution before, LossDistribution after) {
}
