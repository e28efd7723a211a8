package dev.custody.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An assessment as the API returns it: the rated factors, the factors left unknown, its age in whole months and
 * whether it is stale (its factors then count as unknown).
 */
public record AssessmentView(Long id, long organizationId, String organizationName, String assessor, LocalDate assessedOn,
        String evidenceNote, Map<InsiderFactor, Integer> factors, List<InsiderFactor> unknownFactors, long ageMonths,
        boolean stale, long version) {
}
