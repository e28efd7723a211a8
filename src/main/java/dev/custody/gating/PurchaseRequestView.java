package dev.custody.gating;

import dev.custody.network.Criticality;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase request with the decision in force and, oldest first, every decision made on it. */
public record PurchaseRequestView(long id, long vendorId, String vendorName, String item, int quantity,
        BigDecimal unitPrice, String currency, Criticality criticality, LocalDate needBy, String requester,
        Instant createdAt, String reviewReason, GateDecisionView decision, List<GateDecisionView> decisions) {
}
