package dev.custody.gating;

import dev.custody.web.ConflictException;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Override requests: a procurement user asks, with a reason; a second person with the approver or admin role grants
 * (an override decision) or refuses, with a justification. Requests and answers are only added, never changed.
 */
@ApplicationScoped
public class OverrideFlow {
    @Inject
    GatingService gating;
    @Inject
    Clock clock;

    /** Asks for an override: the requester, an approver or an admin (RequestAccess), with a reason. */
    @Transactional
    public OverrideRequest request(long requestId, OverrideRequestInput input, RequestAccess.Actor actor) {
        PurchaseRequest request = gating.get(requestId);
        RequestAccess.check(request, actor, "ask for an override");
        String user = actor.name();
        GateDecision current = gating.decision(requestId);
        if (current.outcome == input.outcome()) {
            throw new ConflictException("The decision in force is already " + GatingService.label(input.outcome()));
        }
        if (OverrideRequest.open(requestId).isPresent()) {
            throw new ConflictException("An override request on this purchase request is waiting for an answer");
        }
        OverrideRequest asked = new OverrideRequest();
        asked.purchaseRequestId = request.id;
        asked.decisionId = current.id;
        asked.outcome = input.outcome();
        asked.reason = input.reason().strip();
        asked.requestedBy = user;
        asked.requestedAt = Instant.now(clock);
        asked.persist();
        return asked;
    }

    /** Grants the request: an override decision with the outcome asked for, then the answer naming it. */
    @Transactional
    public OverrideAnswer grant(long overrideRequestId, OverrideAnswerInput input, String user) {
        OverrideRequest asked = answerable(overrideRequestId, user);
        if (gating.decision(asked.purchaseRequestId).id != asked.decisionId) {
            throw new ConflictException("The decision changed since the override was requested; refuse this request "
                    + "and ask again on the decision in force");
        }
        GateDecision decision = gating.override(asked.purchaseRequestId, new OverrideInput(asked.outcome,
                input.justification()), user);
        return answer(asked, true, input, user, decision.id);
    }

    @Transactional
    public OverrideAnswer refuse(long overrideRequestId, OverrideAnswerInput input, String user) {
        OverrideRequest asked = answerable(overrideRequestId, user);
        return answer(asked, false, input, user, null);
    }

    public OverrideRequest get(long overrideRequestId) {
        return OverrideRequest.<OverrideRequest>findByIdOptional(overrideRequestId)
                .orElseThrow(() -> new NotFoundException("Override request", overrideRequestId));
    }

    public OverrideRequestView view(long overrideRequestId) {
        return OverrideRequestView.of(get(overrideRequestId), OverrideAnswer.to(overrideRequestId).orElse(null));
    }

    private OverrideRequest answerable(long overrideRequestId, String user) {
        OverrideRequest asked = get(overrideRequestId);
        if (user.equals(asked.requestedBy)) {
            throw new FourEyesException("You asked for this override; a second person with the approver role answers it");
        }
        if (user.equals(gating.get(asked.purchaseRequestId).requester)) {
            throw new FourEyesException("You raised this request; an override needs a second person with the approver role");
        }
        if (OverrideAnswer.to(asked.id).isPresent()) {
            throw new ConflictException("This override request has been answered already");
        }
        return asked;
    }

    private OverrideAnswer answer(OverrideRequest asked, boolean granted, OverrideAnswerInput input, String user,
            Long decisionId) {
        OverrideAnswer answer = new OverrideAnswer();
        answer.overrideRequestId = asked.id;
        answer.purchaseRequestId = asked.purchaseRequestId;
        answer.granted = granted;
        answer.justification = input.justification().strip();
        answer.answeredBy = user;
        answer.answeredAt = Instant.now(clock);
        answer.decisionId = decisionId;
        answer.persist();
        return answer;
    }
}
