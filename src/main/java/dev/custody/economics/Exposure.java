package dev.custody.economics;

import dev.custody.web.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The money side of one vendor engagement: volume, price and its threat scenarios (keys unique).
 *
 * @param unitsPerYear units bought a year (per-unit safeguard costs scale with it)
 * @param unitPrice price of one unit (market viability compares the plan's cost per unit with it)
 * @param scenarios the engagement's threat scenarios
 */
public record Exposure(double unitsPerYear, double unitPrice, List<Scenario> scenarios) {
    public Exposure {
        Checks.nonNegative("unitsPerYear", unitsPerYear);
        Checks.nonNegative("unitPrice", unitPrice);
        Checks.present("scenarios", scenarios);
        scenarios = List.copyOf(scenarios);
        Set<String> keys = new HashSet<>();
        for (Scenario scenario : scenarios) {
            if (!keys.add(scenario.key())) {
                throw new InvalidInputException("scenarios", "scenario " + scenario.key() + " is given twice");
            }
        }
    }

    /** The vendor's annualised loss expectancy: the sum of its scenarios' ALE. */
    public double ale() {
        double sum = 0.0;
        for (Scenario scenario : scenarios) {
            sum += scenario.ale();
        }
        return sum;
    }
}
