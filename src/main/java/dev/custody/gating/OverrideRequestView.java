package dev.custody.gating;

import java.time.Instant;
import java.util.List;

/** An override request with its answer: open while granted is null. */
public record OverrideRequestView(long id, long requestId, long decisionId, GateOutcome outcome, String reason,
        String requestedBy, Instant requestedAt, Boolean granted, String justification, String answeredBy,
        Instant answeredAt, Long overrideDecisionId) {

    static OverrideRequestView of(OverrideRequest r, OverrideAnswer a) {
        return new OverrideRequestView(r.id, r.purchaseRequestId, r.decisionId, r.outcome, r.reason, r.requestedBy,
                r.requestedAt, a == null ? null : a.granted, a == null ? null : a.justification,
                a == null ? null : a.answeredBy, a == null ? null : a.answeredAt, a == null ? null : a.decisionId);
    }

    /** Every override request on a purchase request, oldest first, with its answer. */
    static List<OverrideRequestView> of(long purchaseRequestId) {
        return OverrideRequest.of(purchaseRequestId).stream()
                .map(r -> of(r, OverrideAnswer.to(r.id).orElse(null))).toList();
    }

    public boolean open() {
        return granted == null;
    }
}
