package dev.custody.network.search;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.Site;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import dev.custody.web.Where;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The top-bar search: vendors, suppliers and sites whose name (a site's also its city) contains the text, at most
 * a few of each kind with how many there are in all, so the answer stays small whatever the network's size.
 */
@ApplicationScoped
public class NetworkSearch {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    public static final int PER_KIND = 10;

    /** The checked text; a missing, too short or too long one is refused naming the field q. */
    public static String checked(String q) {
        String text = q == null ? "" : q.strip();
        new FieldErrors()
                .check(!text.isEmpty(), "q", "is required: type part of a name")
                .check(text.isEmpty() || text.length() >= MIN_LENGTH, "q", "must be at least " + MIN_LENGTH + " characters")
                .check(text.length() <= MAX_LENGTH, "q", "must be at most " + MAX_LENGTH + " characters")
                .throwIfAny();
        return text;
    }

    public SearchResults search(String q) {
        String text = checked(q);
        ListQuery first = new ListQuery(0, PER_KIND, null);
        Sort byName = Sort.ascending("name").and("id");
        Where vendors = new Where().contains(text, "name").and("kind = :kind", "kind", OrganizationKind.VENDOR);
        Where suppliers = new Where().contains(text, "name").and("kind <> :kind", "kind", OrganizationKind.VENDOR);
        Where sites = new Where().contains(text, "name", "city");
        PageResult<Organization> v = vendors.list((hql, sort, params) -> Organization.find(hql, sort, params), byName, first);
        PageResult<Organization> s = suppliers.list((hql, sort, params) -> Organization.find(hql, sort, params), byName,
                first);
        PageResult<Site> w = sites.list((hql, sort, params) -> Site.find(hql, sort, params), byName, first);
        return new SearchResults(text, SearchResults.Group.of(v, SearchResults.OrganizationHit::of),
                SearchResults.Group.of(s, SearchResults.OrganizationHit::of),
                SearchResults.Group.of(w, SearchResults.SiteHit::of));
    }
}
