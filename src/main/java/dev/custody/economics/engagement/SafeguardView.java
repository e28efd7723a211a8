package dev.custody.economics.engagement;

import java.math.BigDecimal;
import java.util.Set;

/** A catalogue safeguard as the API returns it. */
public record SafeguardView(Long id, String name, String description, String controlId, BigDecimal effectivenessLow,
        BigDecimal effectivenessExpected, BigDecimal effectivenessHigh, BigDecimal costOneTime, BigDecimal costAnnual,
        BigDecimal costPerUnit, String currency, Set<String> scenarios, long version) {

    public static SafeguardView of(Safeguard s) {
        return new SafeguardView(s.id, s.name, s.description, s.controlId, s.effectivenessLow, s.effectivenessExpected,
                s.effectivenessHigh, s.costOneTime, s.costAnnual, s.costPerUnit, s.currency, Set.copyOf(s.scenarios),
                s.version);
    }
}
