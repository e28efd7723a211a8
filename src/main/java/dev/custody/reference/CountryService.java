package dev.custody.reference;

import dev.custody.network.CustodyLeg;
import dev.custody.network.DuplicateNameException;
import dev.custody.network.Organization;
import dev.custody.network.Site;
import dev.custody.web.ConflictException;
import dev.custody.web.InvalidInputException;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maintains the country facts behind the geography score; a country in use cannot be removed. */
@ApplicationScoped
public class CountryService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();
    /** Embargoed in the sense of the gate: a comprehensive US embargo or EAR country group E:1 / E:2. */
    static final String EMBARGOED = "(usEmbargoed = true or earGroupE1 = true or earGroupE2 = true)";

    static {
        SORTS.put("name", "name");
        SORTS.put("iso2", "iso2");
        SORTS.put("cpiScore", "cpiScore");
        SORTS.put("region", "region");
    }

    @Inject
    CountryRepository countries;
    @Inject
    Event<CountryChanged> changed;

    /** Countries filtered by name or code text, embargo and region. */
    public PageResult<Country> list(String q, Boolean embargoed, String region, ListQuery query) {
        return new Where()
                .contains(q, "name", "iso2")
                .andIf(Boolean.TRUE.equals(embargoed), EMBARGOED)
                .andIf(Boolean.FALSE.equals(embargoed), "not " + EMBARGOED)
                .and("region = :region", "region", region)
                .list(countries::find, query.toSort(SORTS, "name"), query);
    }

    /** Every country embargoed in the sense of the gate. */
    public List<Country> embargoed() {
        return countries.list(EMBARGOED + " order by iso2");
    }

    public Country get(String iso2) {
        return countries.findByIdOptional(key(iso2)).orElseThrow(() -> new NotFoundException("Country", iso2));
    }

    @Transactional
    public Country create(CountryInput input) {
        if (input.iso2() == null) {
            throw new InvalidInputException("iso2", "must not be blank");
        }
        if (countries.exists(input.iso2())) {
            throw new DuplicateNameException("iso2", "is already used by " + countries.findById(input.iso2()).name);
        }
        Country country = new Country();
        country.iso2 = input.iso2();
        apply(country, input);
        countries.persist(country);
        return country;
    }

    @Transactional
    public Country update(String iso2, CountryInput input, long expectedVersion) {
        Country country = get(iso2);
        Versions.check("Country " + country.iso2, country.version, expectedVersion);
        if (input.iso2() != null && !input.iso2().equals(country.iso2)) {
            throw new InvalidInputException("iso2", "cannot be changed; create the new country and move its users");
        }
        apply(country, input);
        countries.flush();
        changed.fire(new CountryChanged(country.iso2));
        return country;
    }

    @Transactional
    public void delete(String iso2, Long expectedVersion) {
        Country country = get(iso2);
        Versions.checkDelete("Country " + country.iso2, country.version, expectedVersion);
        List<String> users = users(country.iso2);
        if (!users.isEmpty()) {
            throw new ConflictException(country.name + " cannot be deleted while " + String.join(", ", users)
                    + " use it; change those first");
        }
        countries.delete(country);
    }

    private static List<String> users(String iso2) {
        List<String> found = new ArrayList<>();
        count(found, Organization.count("hqCountry = ?1 or parentCountry = ?1", iso2), "organization");
        count(found, Site.count("country", iso2), "site");
        count(found, CustodyLeg.count("country", iso2), "custody leg");
        return found;
    }

    private static void count(List<String> found, long n, String what) {
        if (n > 0) {
            found.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    private static String key(String iso2) {
        return iso2 == null ? "" : iso2.trim().toUpperCase(Locale.ROOT);
    }

    private static void apply(Country country, CountryInput input) {
        country.iso3 = input.iso3();
        country.name = input.name().trim();
        country.cpiScore = input.cpiScore();
        country.cpiRank = input.cpiRank();
        country.region = input.region() == null || input.region().isBlank() ? null : input.region().trim();
        country.earGroupE1 = input.earGroupE1();
        country.earGroupE2 = input.earGroupE2();
        country.usEmbargoed = input.usEmbargoed();
        country.itarProscribed = input.itarProscribed();
        country.intelligenceLaw = input.intelligenceLaw();
    }
}
