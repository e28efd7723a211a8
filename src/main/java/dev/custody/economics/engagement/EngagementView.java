package dev.custody.economics.engagement;

import dev.custody.network.Criticality;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A vendor's engagement as the API returns it, with its scenario estimates in display order. */
public record EngagementView(long organizationId, String organizationName, int unitsPerYear, BigDecimal unitPrice,
        BigDecimal annualSpend, String currency, Criticality criticality, String notes, List<Estimate> estimates,
        Instant updatedAt, long version) {

    /** One scenario's estimate; overridden says the probability is the analyst's, not p_eff x share. */
    public record Estimate(String scenario, String scenarioName, BigDecimal lossLow, BigDecimal lossHigh,
            BigDecimal probabilityOverride, String overrideReason, boolean overridden) {
    }

    public static EngagementView of(Engagement e) {
        List<Estimate> estimates = e.ordered().stream()
                .map(s -> new Estimate(s.scenario.key, s.scenario.name, s.lossLow, s.lossHigh, s.probabilityOverride,
                        s.overrideReason, s.overridden()))
                .toList();
        return new EngagementView(e.organization.id, e.organization.name, e.unitsPerYear, e.unitPrice, e.annualSpend,
                e.currency, e.criticality, e.notes, estimates, e.updatedAt, e.version);
    }
}
