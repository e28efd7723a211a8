package dev.custody.gating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The procurement queue: purchase requests, or their decisions, filtered in the database query. */
@ApplicationScoped
public class GateQueue {
    /** d is the decision in force on its request: no later one (by time, then id) exists. */
    private static final String IN_FORCE = "not exists (select d2.id from GateDecision d2 where d2.request = d.request "
            + "and (d2.decidedAt > d.decidedAt or (d2.decidedAt = d.decidedAt and d2.id > d.id)))";

    @Inject
    Clock clock;

    /** Newest first, at most GatingService.MAX_LIST. */
    public List<PurchaseRequest> requests(QueueFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return PurchaseRequest.<PurchaseRequest>find("from PurchaseRequest p" + (where.isEmpty() ? "" : " where " + where)
                + " order by p.createdAt desc, p.id desc", parameters).page(0, GatingService.MAX_LIST).list();
    }

    /** Every decision on the requests the filter keeps, newest first, at most GatingService.MAX_LIST. */
    public List<GateDecision> decisions(QueueFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        String query = where.isEmpty() ? "order by decidedAt desc, id desc"
                : "request.id in (select p.id from PurchaseRequest p where " + where + ") order by decidedAt desc, id desc";
        return GateDecision.<GateDecision>find(query, parameters).page(0, GatingService.MAX_LIST).list();
    }

    /** The conditions on p (a PurchaseRequest) as JPQL, empty when none. */
    private String where(QueueFilter filter, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        if (filter.vendorId() != null) {
            clauses.add("p.vendorId = :vendor");
            parameters.put("vendor", filter.vendorId());
        }
        if (filter.criticality() != null) {
            clauses.add("p.criticality = :criticality");
            parameters.put("criticality", filter.criticality());
        }
        if (filter.review()) {
            clauses.add("p.reviewReason is not null");
        }
        if (filter.outcome() != null) {
            clauses.add("exists (select d.id from GateDecision d where d.request = p and d.outcome = :outcome and "
                    + IN_FORCE + ")");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.overrideRequested()) {
            clauses.add("exists (select o.id from OverrideRequest o where o.purchaseRequestId = p.id and o.id not in "
                    + "(select a.overrideRequestId from OverrideAnswer a))");
        }
        if (filter.overdue()) {
            clauses.add("exists (select c.id from DecisionCondition c, GateDecision d where d.id = c.decisionId "
                    + "and d.request = p and c.metAt is null and c.deadline < :today and " + IN_FORCE + ")");
            parameters.put("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
        return String.join(" and ", clauses);
    }
}
