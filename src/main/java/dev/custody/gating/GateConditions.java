package dev.custody.gating;

import dev.custody.web.ConflictException;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The conditions of the decision in force: recorded as met once, with who, when and the evidence; or overdue. */
@ApplicationScoped
public class GateConditions {
    @Inject
    GatingService gating;
    @Inject
    Clock clock;

    @Transactional
    public DecisionCondition recordMet(long requestId, int index, ConditionMetInput input, RequestAccess.Actor actor) {
        RequestAccess.check(gating.get(requestId), actor, "record its conditions as met");
        String user = actor.name();
        GateDecision current = gating.decision(requestId);
        DecisionCondition condition = DecisionCondition.<DecisionCondition>find("decisionId = ?1 and ordinal = ?2",
                current.id, index).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("Condition " + index + " of the decision on purchase request", requestId));
        if (condition.met()) {
            throw new ConflictException("The condition " + condition.name + " was recorded as met by " + condition.metBy
                    + " on " + condition.metAt.atZone(ZoneOffset.UTC).toLocalDate());
        }
        condition.metBy = user;
        condition.metAt = Instant.now(clock);
        condition.evidence = input.evidence().strip();
        return condition;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
