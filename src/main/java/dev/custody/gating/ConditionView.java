package dev.custody.gating;

import java.time.Instant;
import java.time.LocalDate;

/** Where a condition of the decision in force stands: met (by whom, when, on what evidence), or overdue. */
public record ConditionView(int index, String name, LocalDate deadline, boolean met, String metBy, Instant metAt,
        String evidence, boolean overdue) {

    static ConditionView of(DecisionCondition c, LocalDate today) {
        return new ConditionView(c.ordinal, c.name, c.deadline, c.met(), c.metBy, c.metAt, c.evidence, c.overdue(today));
    }
}
