package dev.custody.network;

import dev.custody.web.ConflictException;
import dev.custody.web.FieldErrors;
import dev.custody.web.ListQuery;
import dev.custody.web.NotFoundException;
import dev.custody.web.PageResult;
import dev.custody.web.Versions;
import dev.custody.web.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates, changes and removes supply links, refusing any link that would close a cycle. */
@ApplicationScoped
public class SupplyLinkService {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("id", "id");
        SORTS.put("buyer", "buyer.name");
        SORTS.put("supplier", "supplier.name");
        SORTS.put("item", "item");
        SORTS.put("share", "share");
        SORTS.put("criticality", "criticality");
    }

    @Inject
    OrganizationRepository organizations;
    @Inject
    TierService tiers;
    @Inject
    NetworkEvents events;
    @Inject
    NetworkLock lock;

    /** Links filtered by buyer, supplier, criticality and item text. */
    public PageResult<SupplyLink> list(Long buyerId, Long supplierId, Criticality criticality, String q, ListQuery query) {
        return new Where()
                .and("buyer.id = :buyer", "buyer", buyerId)
                .and("supplier.id = :supplier", "supplier", supplierId)
                .and("criticality = :criticality", "criticality", criticality)
                .contains(q, "item", "supplier.name", "buyer.name")
                .list((hql, sort, params) -> SupplyLink.find(hql, sort, params), query.toSort(SORTS, "id"), query);
    }

    public SupplyLink get(long id) {
        return SupplyLink.<SupplyLink>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Supply link", id));
    }

    @Transactional
    public SupplyLink create(SupplyLinkInput input) {
        lock.acquire();
        SupplyLink link = new SupplyLink();
        apply(link, input);
        link.persist();
        tiers.refresh(Set.of(link.supplier.id));
        events.changed(link.buyer.id);
        return link;
    }

    @Transactional
    public SupplyLink update(long id, SupplyLinkInput input, long expectedVersion) {
        lock.acquire();
        SupplyLink link = get(id);
        Versions.check("Supply link " + id, link.version, expectedVersion);
        long oldBuyer = link.buyer.id;
        long oldSupplier = link.supplier.id;
        apply(link, input);
        link.persist();
        // The supplier often stays the same, and Set.of refuses duplicates.
        tiers.refresh(List.of(oldSupplier, link.supplier.id));
        events.changed(oldBuyer, link.buyer.id);
        return link;
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        SupplyLink link = get(id);
        Versions.checkDelete("Supply link " + id, link.version, expectedVersion);
        long buyer = link.buyer.id;
        long supplier = link.supplier.id;
        link.delete();
        tiers.refresh(Set.of(supplier));
        events.changed(buyer);
    }

    private void apply(SupplyLink link, SupplyLinkInput input) {
        FieldErrors errors = new FieldErrors();
        Organization buyer = organizations.findById(input.buyerId());
        Organization supplier = organizations.findById(input.supplierId());
        errors.check(buyer != null, "buyerId", "is not an existing organization")
                .check(supplier != null, "supplierId", "is not an existing organization")
                .check(!input.buyerId().equals(input.supplierId()), "supplierId", "must differ from the buyer");
        errors.throwIfAny();
        boolean sameEnds = link.id != null && link.buyer.id.equals(buyer.id) && link.supplier.id.equals(supplier.id);
        if (!sameEnds) {
            refuseCycle(buyer, supplier, link.id);
        }
        String item = input.item().trim();
        long duplicates = SupplyLink.count("buyer.id = ?1 and supplier.id = ?2 and lower(item) = ?3 and id <> ?4",
                buyer.id, supplier.id, item.toLowerCase(), link.id == null ? -1L : link.id);
        if (duplicates > 0) {
            throw new DuplicateNameException("item", "this buyer already has a link to this supplier for " + item);
        }
        link.buyer = buyer;
        link.supplier = supplier;
        link.item = item;
        link.itemKind = input.itemKind();
        link.share = input.share();
        link.criticality = input.criticality();
    }

    /** Refuses the link if it would close a cycle; the link being edited (if any) no longer counts. */
    private void refuseCycle(Organization buyer, Organization supplier, Long editedLinkId) {
        long except = editedLinkId == null ? -1L : editedLinkId;
        CycleCheck.cycleClosedBy(buyer.id, supplier.id, id -> organizations.supplierIdsExcept(id, except)).ifPresent(cycle -> {
            String names = cycle.stream().map(id -> organizations.findById(id).name).collect(Collectors.joining(" → "));
            throw new ConflictException("This link would close a cycle in the supply network: " + names
                    + ". A supplier cannot, directly or through its own suppliers, supply one of its buyers.");
        });
    }
}
