package dev.custody.gating;

import dev.custody.network.Organization;
import dev.custody.platform.events.DecisionMarkedForReview;
import dev.custody.platform.events.PlatformEvent;
import dev.custody.scoring.CurrentScore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Keeps decisions true: a request whose vendor's inherited score has crossed a threshold of its policy since
 * the decision, or whose decision is older than the re-evaluation period, is evaluated again; when the
 * outcome changes it is marked for review with the reason.
 */
@ApplicationScoped
public class GateReview {
    @Inject
    GatingService gating;
    @Inject
    GatePolicyService policies;
    @Inject
    Clock clock;
    @Inject
    Event<PlatformEvent> events;

    /** What re-evaluating the requests due did: how many were re-evaluated, how many of them were marked. */
    public record Result(List<Long> reevaluated, List<Long> marked) {
    }

    /** Re-evaluates what is due, each request in a transaction of its own; the ids re-evaluated. */
    public List<Long> run() {
        return reevaluate(this::reason).reevaluated();
    }

    /**
     * After a policy version was activated: re-evaluates every request whose decision in force was made with an
     * older version and marks for review those whose outcome changed.
     */
    public Result afterActivation(int version) {
        String reason = String.format(Locale.ROOT, "Gate policy version %d was activated.", version);
        return reevaluate((request, current) -> current.policyVersion < version ? reason : null);
    }

    private Result reevaluate(BiFunction<PurchaseRequest, GateDecision, String> due) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(
                () -> PurchaseRequest.getEntityManager()
                        .createQuery("select p.id from PurchaseRequest p order by p.id", Long.class).getResultList());
        Result result = new Result(new ArrayList<>(), new ArrayList<>());
        for (Long id : ids) {
            QuarkusTransaction.requiringNew().run(() -> reviewOne(id, due, result));
        }
        return result;
    }

    /**
     * Marks for review the requests whose decision in force has a condition past its deadline and not recorded as
     * met. The ids marked this time.
     */
    public List<Long> markOverdue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> marked = new ArrayList<>();
            for (PurchaseRequest request : PurchaseRequest.<PurchaseRequest>list("order by id")) {
                String reason = GateDecision.latest(request.id).map(d -> overdue(d, today)).orElse(null);
                if (reason != null && (request.reviewReason == null || !request.reviewReason.contains(reason))) {
                    request.reviewReason = request.reviewReason == null ? reason : request.reviewReason + " " + reason;
                    marked.add(request.id);
                    events.fire(new DecisionMarkedForReview(request.id, request.vendorId, reason));
                }
            }
            return marked;
        });
    }

    private String overdue(GateDecision decision, LocalDate today) {
        List<String> late = DecisionCondition.of(decision.id).stream().filter(c -> c.overdue(today))
                .map(c -> String.format(Locale.ROOT, "%s (due %s)", c.name, c.deadline)).toList();
        return late.isEmpty() ? null : "Conditions past their deadline without being met: " + String.join(", ", late)
                + ".";
    }

    private void reviewOne(long id, BiFunction<PurchaseRequest, GateDecision, String> due, Result result) {
        PurchaseRequest request = gating.get(id);
        GateDecision current = GateDecision.latest(id).orElse(null);
        if (current == null || Organization.findById(request.vendorId) == null) {
            return;
        }
        String reason = due.apply(request, current);
        if (reason == null) {
            return;
        }
        GateDecision next = gating.reevaluate(id, GatingService.SYSTEM);
        result.reevaluated().add(id);
        if (next.outcome != current.outcome) {
            request.reviewReason = reason + String.format(Locale.ROOT, " The outcome changed from %s to %s.",
                    GatingService.label(current.outcome), GatingService.label(next.outcome));
            result.marked().add(id);
            events.fire(new DecisionMarkedForReview(id, request.vendorId, request.reviewReason));
        }
    }

    /** Why a decision is due again, or null. */
    String reason(PurchaseRequest request, GateDecision current) {
        GatePolicy policy = policies.parameters(policies.get(current.policyVersion));
        Instant due = current.decidedAt.atZone(ZoneOffset.UTC).plusMonths(policy.reevaluationMonths()).toInstant();
        if (!clock.instant().isBefore(due)) {
            return String.format(Locale.ROOT, "The decision of %s is older than the re-evaluation period of %d months.",
                    current.decidedAt.atZone(ZoneOffset.UTC).toLocalDate(), policy.reevaluationMonths());
        }
        CurrentScore score = CurrentScore.findById(request.vendorId);
        if (score == null || current.inherited == null) {
            return null;
        }
        GateThresholds limits = policy.at(request.criticality);
        if (zone(score.inherited, limits) != zone(current.inherited, limits)) {
            return String.format(Locale.ROOT, "The vendor's inherited score moved from %.1f to %.1f, past a threshold "
                    + "(approve below %s, reject above %s).", current.inherited, score.inherited,
                    GateRules.threshold(limits.approveBelow()), GateRules.threshold(limits.rejectAbove()));
        }
        return null;
    }

    /** 0 below the approve threshold, 1 between the thresholds, 2 above the reject threshold. */
    static int zone(double score, GateThresholds limits) {
        return score < limits.approveBelow() ? 0 : score > limits.rejectAbove() ? 2 : 1;
    }
}
