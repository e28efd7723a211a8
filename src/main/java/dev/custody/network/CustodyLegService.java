package dev.custody.network;

import dev.custody.reference.CountryRepository;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Creates, changes and removes the legs of a vendor's custody chain, keeping their sequence unique per vendor. */
@ApplicationScoped
public class CustodyLegService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("vendor", "vendor.name");
        SORTS.put("sequence", "sequence");
        SORTS.put("kind", "kind");
        SORTS.put("handler", "handler.name");
        SORTS.put("country", "country");
        SORTS.put("id", "id");
    }

    @Inject
    OrganizationRepository organizations;
    @Inject
    CountryRepository countries;
    @Inject
    NetworkEvents events;

    /** Legs filtered by vendor, handler and country; by default each vendor's chain in order. */
    public PageResult<CustodyLeg> list(Long vendorId, Long handlerId, String country, ListQuery query) {
        return new Where()
                .and("vendor.id = :vendor", "vendor", vendorId)
                .and("handler.id = :handler", "handler", handlerId)
                .and("country = :country", "country", country == null ? null : country.toUpperCase(Locale.ROOT))
                .list((hql, sort, params) -> CustodyLeg.find(hql, sort, params), sort(query), query);
    }

    public CustodyLeg get(long id) {
        return CustodyLeg.<CustodyLeg>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Custody leg", id));
    }

    @Transactional
    public CustodyLeg create(CustodyLegInput input) {
        CustodyLeg leg = new CustodyLeg();
        apply(leg, input);
        leg.persist();
        events.changed(leg.vendor.id);
        return leg;
    }

    @Transactional
    public CustodyLeg update(long id, CustodyLegInput input, long expectedVersion) {
        CustodyLeg leg = get(id);
        Versions.check("Custody leg " + id, leg.version, expectedVersion);
        long oldVendor = leg.vendor.id;
        apply(leg, input);
        CustodyLeg.flush();
        events.changed(oldVendor, leg.vendor.id);
        return leg;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        CustodyLeg leg = get(id);
        Versions.checkDelete("Custody leg " + id, leg.version, expectedVersion);
        long vendor = leg.vendor.id;
        leg.delete();
        events.changed(vendor);
    }

    /** Sorting by vendor always keeps each vendor's legs in sequence. */
    private static Sort sort(ListQuery query) {
        Sort sort = query.toSort(SORTS, "vendor");
        Sort.Column first = sort.getColumns().get(0);
        return first.getName().equals("vendor.name")
                ? Sort.by("vendor.name", first.getDirection()).and("sequence").and("id")
                : sort;
    }

    private void apply(CustodyLeg leg, CustodyLegInput input) {
        Organization vendor = organizations.findById(input.vendorId());
        Organization handler = organizations.findById(input.handlerId());
        new FieldErrors()
                .check(vendor != null, "vendorId", "is not an existing organization")
                .check(vendor == null || vendor.kind == OrganizationKind.VENDOR, "vendorId",
                        "must be an organization of kind VENDOR: a custody chain ends at our dock")
                .check(handler != null, "handlerId", "is not an existing organization")
                .check(countries.exists(input.country()), "country", "is not a known country code")
                .throwIfAny();
        long taken = CustodyLeg.count("vendor.id = ?1 and sequence = ?2 and id <> ?3", vendor.id, input.sequence(),
                leg.id == null ? -1L : leg.id);
        if (taken > 0) {
            throw new DuplicateNameException("sequence", "is already used by another leg of " + vendor.name);
        }
        leg.vendor = vendor;
        leg.sequence = input.sequence();
        leg.kind = input.kind();
        leg.handler = handler;
        leg.country = input.country();
        leg.seals = input.seals();
        leg.tracking = input.tracking();
        leg.escort = input.escort();
    }
}
