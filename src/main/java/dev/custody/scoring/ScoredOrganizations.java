package dev.custody.scoring;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationFilter;
import dev.custody.network.OrganizationRepository;
import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import dev.custody.web.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The organization lists with their current scores: filtered like the plain list, also by band, and sortable
 * by own and inherited score in the database (a join with score_current), so a page holds only its rows.
 */
@ApplicationScoped
public class ScoredOrganizations {
    /** Sort keys on top of the plain list's; band sorts by the inherited score, which orders the bands. */
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        OrganizationRepository.sorts().forEach((key, path) -> SORTS.put(key, "o." + path));
        SORTS.put("own", "s.ownScore");
        SORTS.put("inherited", "s.inherited");
        SORTS.put("band", "s.inherited");
    }

    /** An organization and its current score (null while it has none). */
    public record Row(Organization organization, CurrentScore score) {
        /** The band, under a name templates can use ("band" is an operator in their expressions). */
        public Band riskBand() {
            return score == null ? null : score.band;
        }

        /** The inherited score's range from unknown factors (null while it has no score). */
        public ScoreRange inheritedRange() {
            return score == null ? null : ScoreRange.inherited(score);
        }

        public ScoreRange ownRange() {
            return score == null ? null : ScoreRange.own(score);
        }
    }

    @Inject
    OrganizationRepository organizations;

    public PageResult<Row> list(OrganizationFilter filter, Band band, ListQuery query) {
        return list(filter, band, query, UnaryOperator.identity());
    }

    /** The list with more conditions on "o" (the organization) added by the caller, such as another feature's filter. */
    public PageResult<Row> list(OrganizationFilter filter, Band band, ListQuery query, UnaryOperator<Where> more) {
        Where where = more.apply(OrganizationRepository.where(filter, "o.").and("s.band = :band", "band", band));
        PageResult<Organization> page = where.list((hql, sort, params) -> organizations.find(
                "select o from Organization o left join CurrentScore s on s.organizationId = o.id where " + hql,
                sort, params), query.toSort(SORTS, "name", "o.id"), query);
        Map<Long, CurrentScore> scores = new HashMap<>();
        List<Long> ids = page.items().stream().map(o -> o.id).toList();
        if (!ids.isEmpty()) {
            CurrentScore.<CurrentScore>list("organizationId in ?1", ids).forEach(s -> scores.put(s.organizationId, s));
        }
        return page.map(o -> new Row(o, scores.get(o.id)));
    }
}
