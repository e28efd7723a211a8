package dev.custody.gating;

import dev.custody.network.Criticality;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase request with its total value (quantity times unit price, weighed as its annual value), the decision in
 * force, where its conditions stand, whether an override request waits for
 * an answer and, on a single request, every decision made on it and every override request, oldest first.
 */
public record PurchaseRequestView(long id, long vendorId, String vendorName, String item, int quantity,
        BigDecimal unitPrice, BigDecimal totalValue, String currency, Criticality criticality, LocalDate needBy, String requester,
        Instant createdAt, String reviewReason, GateDecisionView decision, List<GateDecisionView> decisions,
        List<ConditionView> conditionStatus, int overdueConditions, boolean overrideRequested,
        List<OverrideRequestView> overrideRequests) {
}
