package dev.custody.network;

import java.util.Set;

/** A site as the API returns it, with its organization named. */
public record SiteView(Long id, long organizationId, String organizationName, String name, String country, String city,
        Set<SiteActivity> activities, long version) {

    public static SiteView of(Site site) {
        return new SiteView(site.id, site.organization.id, site.organization.name, site.name, site.country, site.city,
                site.activities, site.version);
    }
}
