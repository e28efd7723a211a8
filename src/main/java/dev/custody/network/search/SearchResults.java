package dev.custody.network.search;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Site;
import dev.custody.web.PageResult;
import java.util.List;
import java.util.function.Function;

/** What the top-bar search found: a few vendors, suppliers and sites, each with how many matched in all. */
public record SearchResults(String query, Group<OrganizationHit> vendors, Group<OrganizationHit> suppliers,
        Group<SiteHit> sites) {

    /** The first matches of one kind (by name) and how many there are in all. */
    public record Group<T>(long total, List<T> items) {
        static <E, T> Group<T> of(PageResult<E> page, Function<E, T> mapper) {
            return new Group<>(page.total(), page.items().stream().map(mapper).toList());
        }

        public boolean more() {
            return total > items.size();
        }
    }

    public record OrganizationHit(long id, String name, OrganizationKind kind, String hqCountry, Integer tier) {
        static OrganizationHit of(Organization o) {
            return new OrganizationHit(o.id, o.name, o.kind, o.hqCountry, o.tier);
        }
    }

    public record SiteHit(long id, String name, String city, String country, long organizationId,
            String organizationName) {
        static SiteHit of(Site s) {
            return new SiteHit(s.id, s.name, s.city, s.country, s.organization.id, s.organization.name);
        }
    }

    public boolean empty() {
        return vendors.total() == 0 && suppliers.total() == 0 && sites.total() == 0;
    }
}
