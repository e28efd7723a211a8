package dev.custody.network;

import dev.custody.reference.CountryRepository;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Creates, changes and removes the sites where organizations work for us. */
@ApplicationScoped
public class SiteService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("name", "name");
        SORTS.put("organization", "organization.name");
        SORTS.put("country", "country");
        SORTS.put("city", "city");
        SORTS.put("id", "id");
    }

    @Inject
    OrganizationRepository organizations;
    @Inject
    CountryRepository countries;
    @Inject
    NetworkEvents events;

    /** Sites filtered by organization, country, one activity and name or city text. */
    public PageResult<Site> list(Long organizationId, String country, SiteActivity activity, String q, ListQuery query) {
        return new Where()
                .and("organization.id = :organization", "organization", organizationId)
                .and("country = :country", "country", country == null ? null : country.toUpperCase(Locale.ROOT))
                // Activities are stored as "A,B,C"; the commas around both sides make the match whole-word.
                .and("concat(',', cast(activities as String), ',') like :activity", "activity",
                        activity == null ? null : "%," + activity.name() + ",%")
                .contains(q, "name", "city")
                .list((hql, sort, params) -> Site.find(hql, sort, params), query.toSort(SORTS, "name"), query);
    }

    public Site get(long id) {
        return Site.<Site>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Site", id));
    }

    @Transactional
    public Site create(SiteInput input) {
        Site site = new Site();
        apply(site, input);
        site.persist();
        events.changed(site.organization.id);
        return site;
    }

    @Transactional
    public Site update(long id, SiteInput input, long expectedVersion) {
        Site site = get(id);
        Versions.check("Site " + id, site.version, expectedVersion);
        long oldOrganization = site.organization.id;
        apply(site, input);
        Site.flush();
        events.changed(oldOrganization, site.organization.id);
        return site;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        Site site = get(id);
        Versions.checkDelete("Site " + id, site.version, expectedVersion);
        long organization = site.organization.id;
        site.delete();
        events.changed(organization);
    }

    private void apply(Site site, SiteInput input) {
        Organization organization = organizations.findById(input.organizationId());
        new FieldErrors()
                .check(organization != null, "organizationId", "is not an existing organization")
                .check(countries.exists(input.country()), "country", "is not a known country code")
                .throwIfAny();
        site.organization = organization;
        site.name = input.name().trim();
        site.country = input.country();
        site.city = input.city().trim();
        site.activities = EnumSet.copyOf(input.activities());
    }
}
