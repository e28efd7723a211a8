package dev.custody.economics.engagement;

import java.math.BigDecimal;

/** A threat scenario as the API returns it. */
public record ThreatScenarioView(String key, String name, String description, BigDecimal defaultShare) {
    public static ThreatScenarioView of(ThreatScenario s) {
        return new ThreatScenarioView(s.key, s.name, s.description, s.defaultShare);
    }
}
