package dev.custody.economics.engagement;

import java.util.LinkedHashSet;
import java.util.Set;

/** The keys of the threat scenarios stored in the database. */
final class ThreatScenarios {
    private ThreatScenarios() {
    }

    static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        ThreatScenario.ordered().forEach(s -> keys.add(s.key));
        return keys;
    }
}
