package dev.custody.gating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The approvers' inbox: every override request waiting for an answer, oldest first, with the purchase it is about,
 * the decision in force and whether the signed-in approver may answer it (four eyes: not one they asked for, nor one
 * on a purchase request they raised).
 */
@ApplicationScoped
public class ApproverInbox {
    private static final String OPEN = "o.id not in (select a.overrideRequestId from OverrideAnswer a)";

    @Inject
    EntityManager em;

    /**
     * One waiting override request.
     *
     * @param inForce the decision in force as people read it ("Rejected", "Approved by override")
     * @param answerable whether this user may answer it; whyNot says why not
     */
    public record Item(long overrideRequestId, long purchaseRequestId, long vendorId, String vendorName, String item,
            int quantity, BigDecimal totalValue, String currency, String criticality, String inForce,
            GateOutcome asked, String reason, String requestedBy, Instant requestedAt, boolean answerable,
            String whyNot) {
    }

    /** How many override requests wait for an answer. */
    public long count() {
        return em.createQuery("select count(o) from OverrideRequest o where " + OPEN, Long.class).getSingleResult();
    }

    /** The waiting override requests, oldest first, as this user sees them. */
    public List<Item> open(String user) {
        List<OverrideRequest> open = em.createQuery("select o from OverrideRequest o where " + OPEN
                + " order by o.requestedAt, o.id", OverrideRequest.class).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, PurchaseRequest> requests = new HashMap<>();
        em.createQuery("select r from PurchaseRequest r where r.id in :ids", PurchaseRequest.class)
                .setParameter("ids", open.stream().map(o -> o.purchaseRequestId).distinct().toList())
                .getResultList().forEach(r -> requests.put(r.id, r));
        return open.stream().filter(o -> requests.containsKey(o.purchaseRequestId)).map(o -> {
            PurchaseRequest r = requests.get(o.purchaseRequestId);
            GateDecision d = GateDecision.latest(r.id).orElse(null);
            String whyNot = user.equals(o.requestedBy) ? "You asked for this override; another approver answers it."
                    : user.equals(r.requester) ? "You raised this purchase request; another approver answers it."
                    : null;
            return new Item(o.id, r.id, r.vendorId, r.vendorName, r.item, r.quantity,
                    r.unitPrice.multiply(BigDecimal.valueOf(r.quantity)), r.currency, String.valueOf(r.criticality),
                    d == null ? null : GateDecisionView.label(d.kind, d.outcome), o.outcome, o.reason, o.requestedBy,
                    o.requestedAt, whyNot == null, whyNot);
        }).toList();
    }
}
