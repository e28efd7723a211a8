package dev.custody.network;

import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records, changes and removes insider-threat assessments, and says how old and how complete each one is. */
@ApplicationScoped
public class AssessmentService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();
    private static final BigDecimal BEST = BigDecimal.valueOf(InsiderFactor.BEST);
    private static final BigDecimal WORST = BigDecimal.valueOf(InsiderFactor.WORST);

    static {
        SORTS.put("assessedOn", "assessedOn");
        SORTS.put("assessor", "assessor");
        SORTS.put("organization", "organization.name");
        SORTS.put("id", "id");
    }

    @Inject
    OrganizationRepository organizations;
    @Inject
    NetworkEvents events;
    @Inject
    AssessmentConfig config;
    @Inject
    Clock clock;

    /** Assessments filtered by organization and staleness; newest first by default. */
    public PageResult<Assessment> list(Long organizationId, Boolean stale, ListQuery query) {
        return new Where()
                .and("organization.id = :organization", "organization", organizationId)
                .and(Boolean.TRUE.equals(stale) ? "assessedOn < :staleBefore" : "assessedOn >= :staleBefore",
                        "staleBefore", stale == null ? null : staleBefore())
                .list((hql, sort, params) -> Assessment.find(hql, sort, params), query.toSort(SORTS, "-assessedOn"),
                        query);
    }

    public Assessment get(long id) {
        return Assessment.<Assessment>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Assessment", id));
    }

    /** The assessment with its factors, the unknown ones, its age and staleness as of today. */
    public AssessmentView view(Assessment a) {
        Map<InsiderFactor, Integer> ratings = a.ratings();
        var unknown = Arrays.stream(InsiderFactor.values()).filter(f -> !ratings.containsKey(f)).toList();
        long ageMonths = AssessmentAge.months(a.assessedOn, LocalDate.now(clock));
        return new AssessmentView(a.id, a.organization.id, a.organization.name, a.assessor, a.assessedOn, a.evidenceNote,
                ratings, unknown, ageMonths, a.assessedOn.isBefore(staleBefore()), a.version);
    }

    @Transactional
    public Assessment create(AssessmentInput input) {
        Assessment assessment = new Assessment();
        apply(assessment, input);
        assessment.persist();
        events.changed(assessment.organization.id);
        return assessment;
    }

    @Transactional
    public Assessment update(long id, AssessmentInput input, long expectedVersion) {
        Assessment assessment = get(id);
        Versions.check("Assessment " + id, assessment.version, expectedVersion);
        long oldOrganization = assessment.organization.id;
        apply(assessment, input);
        Assessment.flush();
        events.changed(oldOrganization, assessment.organization.id);
        return assessment;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Assessment assessment = get(id);
        Versions.checkDelete("Assessment " + id, assessment.version, expectedVersion);
        long organization = assessment.organization.id;
        assessment.delete();
        events.changed(organization);
    }

    /** Assessments made before this date are stale. */
    private LocalDate staleBefore() {
        return AssessmentAge.staleBefore(LocalDate.now(clock), config.staleAfterMonths());
    }

    private void apply(Assessment assessment, AssessmentInput input) {
        Organization organization = organizations.findById(input.organizationId());
        FieldErrors errors = new FieldErrors()
                .check(organization != null, "organizationId", "is not an existing organization")
                .check(!input.assessedOn().isAfter(Today.latest(clock)), "assessedOn", "must not be in the future");
        Map<InsiderFactor, Integer> ratings = ratings(input.factors(), errors);
        errors.throwIfAny();
        assessment.organization = organization;
        assessment.assessor = input.assessor().trim();
        assessment.assessedOn = input.assessedOn();
        assessment.evidenceNote = OrganizationService.blankToNull(input.evidenceNote());
        assessment.setRatings(ratings);
    }

    private static Map<InsiderFactor, Integer> ratings(Map<String, BigDecimal> factors, FieldErrors errors) {
        Map<InsiderFactor, Integer> ratings = new EnumMap<>(InsiderFactor.class);
        if (factors == null) {
            return ratings;
        }
        factors.forEach((name, value) -> {
            InsiderFactor factor = Arrays.stream(InsiderFactor.values()).filter(f -> f.name().equals(name)).findFirst()
                    .orElse(null);
            if (factor == null) {
                errors.add("factors." + name,
                        "is not an insider factor; known are " + Arrays.toString(InsiderFactor.values()));
            } else if (value != null && !isRating(value)) {
                errors.add("factors." + name, "must be a whole number from 0 (best) to 4 (worst), or null when unknown");
            } else if (value != null) {
                ratings.put(factor, value.intValueExact());
            }
        });
        return ratings;
    }

    private static boolean isRating(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 && value.compareTo(BEST) >= 0 && value.compareTo(WORST) <= 0;
    }
}
