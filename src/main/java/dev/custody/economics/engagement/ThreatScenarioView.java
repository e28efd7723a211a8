package dev.custody.economics.engagement;

/** A threat scenario as the API returns it, with its share of p_eff in the active scoring model. */
public record ThreatScenarioView(String key, String name, String description, double defaultShare) {
    public static ThreatScenarioView of(ThreatScenario s, double share) {
        return new ThreatScenarioView(s.key, s.name, s.description, share);
    }
}
