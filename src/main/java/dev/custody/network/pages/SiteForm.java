package dev.custody.network.pages;

import dev.custody.network.Site;
import dev.custody.network.SiteActivity;
import dev.custody.network.SiteInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The site form as posted: text fields and the ticked activities; toInput makes the API's SiteInput. */
public record SiteForm(
        @RestForm String name,
        @RestForm String country,
        @RestForm String city,
        @RestForm List<String> activities,
        @RestForm String version) {

    public static SiteForm blank() {
        return new SiteForm("", "", "", List.of(), null);
    }

    public static SiteForm of(Site site) {
        return new SiteForm(site.name, site.country, site.city, site.activities.stream().map(Enum::name).toList(),
                String.valueOf(site.version));
    }

    /** The input for a site of this organization; fields that cannot be read are reported into errors. */
    public SiteInput toInput(long organizationId, Map<String, String> errors) {
        return new SiteInput(organizationId, FormValues.text(name), FormValues.upper(country), FormValues.text(city),
                activities(errors), FormValues.version(version, errors));
    }

    /** The names of the ticked activities, to tick them again. */
    public Set<String> ticked() {
        return activities == null ? Set.of() : Set.copyOf(activities);
    }

    private Set<SiteActivity> activities(Map<String, String> errors) {
        Set<SiteActivity> read = EnumSet.noneOf(SiteActivity.class);
        for (String activity : activities == null ? List.<String>of() : activities) {
            SiteActivity value = FormValues.choice(SiteActivity.class, activity, "activities", errors);
            if (value != null) {
                read.add(value);
            }
        }
        return read;
    }
}
