package dev.custody.reference;

import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import dev.custody.platform.GateInputsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Maintains the named parties on US restriction lists that the procurement gate screens against. */
@ApplicationScoped
public class RestrictedPartyService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("name", "name");
        SORTS.put("listName", "listName");
        SORTS.put("listedOn", "listedOn");
        SORTS.put("country", "country");
        SORTS.put("id", "id");
    }

    @Inject
    CountryRepository countries;
    @Inject
    Event<GateInputsChanged> gateInputs;

    /** Parties filtered by name or alias text, list (any list whose name contains the text) and country. */
    public PageResult<RestrictedParty> list(String q, String list, String country, ListQuery query) {
        return new Where()
                .contains(q, "name", "aliases")
                .and("lower(listName) like :list", "list",
                        list == null || list.isBlank() ? null : "%" + list.trim().toLowerCase(Locale.ROOT) + "%")
                .and("country = :country", "country", country == null ? null : country.toUpperCase(Locale.ROOT))
                .list((hql, sort, params) -> RestrictedParty.find(hql, sort, params), query.toSort(SORTS, "name"),
                        query);
    }

    public RestrictedParty get(long id) {
        return RestrictedParty.<RestrictedParty>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Restricted party", id));
    }

    @Transactional
    public RestrictedParty create(RestrictedPartyInput input) {
        RestrictedParty party = new RestrictedParty();
        apply(party, input);
        party.persist();
        gateInputs.fire(GateInputsChanged.everyVendor("restricted parties"));
        return party;
    }

    @Transactional
    public RestrictedParty update(long id, RestrictedPartyInput input, long expectedVersion) {
        RestrictedParty party = get(id);
        Versions.check("Restricted party " + id, party.version, expectedVersion);
        apply(party, input);
        RestrictedParty.flush();
        gateInputs.fire(GateInputsChanged.everyVendor("restricted parties"));
        return party;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        RestrictedParty party = get(id);
        Versions.checkDelete("Restricted party " + id, party.version, expectedVersion);
        party.delete();
        gateInputs.fire(GateInputsChanged.everyVendor("restricted parties"));
    }

    private void apply(RestrictedParty party, RestrictedPartyInput input) {
        new FieldErrors()
                .check(input.country() == null || countries.exists(input.country()), "country",
                        "is not a known country code")
                .throwIfAny();
        party.name = input.name().trim();
        party.aliases = blankToNull(input.aliases());
        party.country = input.country();
        party.listName = input.listName().trim();
        party.listedOn = input.listedOn();
        party.scope = blankToNull(input.scope());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
