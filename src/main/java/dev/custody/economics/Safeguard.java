package dev.custody.economics;

import dev.custody.web.InvalidInputException;
import java.util.Set;

/**
 * A candidate safeguard: which scenarios it mitigates, how well, and at what cost.
 *
 * @param key identifies the safeguard in plans and results (for example its catalogue code)
 * @param scenarios keys of the scenarios it mitigates (a key the engagement lacks has no effect)
 * @param effectiveness share of the probability of each mitigated scenario it removes
 * @param cost one-time, annual and per-unit cost
 */
public record Safeguard(String key, Set<String> scenarios, Effectiveness effectiveness, SafeguardCost cost) {
    public Safeguard {
        Checks.key("safeguard", key);
        Checks.present("scenarios", scenarios);
        if (scenarios.isEmpty()) {
            throw new InvalidInputException("scenarios", "must name at least one scenario");
        }
        scenarios.forEach(s -> Checks.key("scenarios", s));
        scenarios = Set.copyOf(scenarios);
        Checks.present("effectiveness", effectiveness);
        Checks.present("cost", cost);
    }

    public boolean mitigates(String scenarioKey) {
        return scenarios.contains(scenarioKey);
    }

    /** Its annual cost for an engagement: amortised one-time + annual + per unit * units a year. */
    public double annualCost(EconomicsModel model, double unitsPerYear) {
        return cost.perYear(model.amortisationYears(), unitsPerYear);
    }
}
