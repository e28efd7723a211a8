"""Vectorised numpy version of the economics Monte Carlo, for comparison with dev.custody.economics.MonteCarlo.

The same computation: N simulated years, four scenarios, Poisson(p) events a year per scenario, a
lognormal loss per event (mu, sigma from a 90 % interval), annual totals, mean, nearest-rank p95 and p99,
and a 40-point loss-exceedance curve (0, then log-spaced from the smallest to the largest non-zero
annual loss). Two ways to draw the events: "poisson" draws a count for every year (the obvious numpy
way); "skip" draws only the years with an event (geometric gaps, then a count of at least one), as the
Java version does. Run by EconomicsBenchmark; prints one line per way:
"numpy-WAY median_ms p99_ms mean p95 p99".

usage: python3 montecarlo_bench.py years warmups runs p1 low1 high1 [p2 low2 high2 ...]
"""
import math
import sys
import time

import numpy as np

Z90 = 1.6448536
CURVE_POINTS = 40


def every_year(rng, years, p):
    counts = rng.poisson(p, years)
    return np.repeat(np.arange(years), counts)


def event_years(rng, years, p):
    """Years with at least one event (geometric gaps), each repeated by its zero-truncated Poisson count."""
    q = -math.expm1(-p)
    draws = int(years * q + 10 * math.sqrt(years * q) + 10)
    starts = np.cumsum(rng.geometric(q, draws)) - 1
    while starts[-1] < years:
        starts = np.concatenate((starts, starts[-1] + np.cumsum(rng.geometric(q, draws))))
    starts = starts[starts < years]
    u = rng.random(starts.size) * q
    counts = np.ones(starts.size, dtype=np.int64)
    term = math.exp(-p) * p
    cumulative = term
    k = 1
    while term > 1e-17 and k < 1000:
        counts += u >= cumulative
        k += 1
        term *= p / k
        cumulative += term
    return np.repeat(starts, counts)


def simulate(rng, years, scenarios, draw):
    annual = np.zeros(years)
    for p, mu, sigma in scenarios:
        if p <= 0:
            continue
        year_of_event = draw(rng, years, p)
        if year_of_event.size == 0:
            continue
        losses = np.exp(mu + sigma * rng.standard_normal(year_of_event.size))
        annual += np.bincount(year_of_event, weights=losses, minlength=years)
    positive = np.sort(annual[annual > 0])
    zeros = years - positive.size

    def percentile(q):
        rank = math.ceil(q * years) - 1
        return 0.0 if rank < zeros else positive[rank - zeros]

    if positive.size:
        grid = np.concatenate(([0.0], np.geomspace(positive[0], positive[-1], CURVE_POINTS - 1)))
        exceedance = (positive.size - np.searchsorted(positive, grid, side="right")) / years
    else:
        grid, exceedance = np.zeros(1), np.zeros(1)
    return annual.mean(), percentile(0.95), percentile(0.99), grid, exceedance


def main():
    years, warmups, runs = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    values = [float(v) for v in sys.argv[4:]]
    scenarios = []
    for i in range(0, len(values), 3):
        p, low, high = values[i:i + 3]
        scenarios.append((p, (math.log(low) + math.log(high)) / 2, (math.log(high) - math.log(low)) / (2 * Z90)))
    rng = np.random.default_rng(42)
    for name, draw in (("poisson", every_year), ("skip", event_years)):
        for _ in range(warmups):
            simulate(rng, years, scenarios, draw)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            result = simulate(rng, years, scenarios, draw)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p99 = times[min(len(times) - 1, math.ceil(0.99 * len(times)) - 1)]
        print("numpy-%s %.4f %.4f %.1f %.1f %.1f" % (name, times[len(times) // 2], p99, result[0], result[1], result[2]))


if __name__ == "__main__":
    main()
