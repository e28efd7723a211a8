package dev.custody.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How old an assessment is and whether it is stale: the one place this rule is written. */
public final class AssessmentAge {
    private AssessmentAge() {
    }

    /** Assessments made before this date are stale. */
    public static LocalDate staleBefore(LocalDate today, int staleAfterMonths) {
        return today.minusMonths(staleAfterMonths);
    }

    public static boolean isStale(LocalDate assessedOn, LocalDate today, int staleAfterMonths) {
        return assessedOn.isBefore(staleBefore(today, staleAfterMonths));
    }

    /** Whole months since the assessment; 0 for one dated today or later. */
    public static long months(LocalDate assessedOn, LocalDate today) {
        return Math.max(0, ChronoUnit.MONTHS.between(assessedOn, today));
    }
}
