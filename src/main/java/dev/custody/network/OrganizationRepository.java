package dev.custody.network;

import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import dev.custody.web.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds organizations by filter, name and relation. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("name", "name");
        SORTS.put("kind", "kind");
        SORTS.put("hqCountry", "hqCountry");
        SORTS.put("tier", "tier");
        SORTS.put("updatedAt", "updatedAt");
        SORTS.put("id", "id");
    }

    public PageResult<Organization> list(OrganizationFilter filter, ListQuery query) {
        return where(filter, "").list(this::find, query.toSort(SORTS, "name"), query);
    }

    /** The conditions of a filter, each path behind the prefix ("o." in a query that joins other entities). */
    public static Where where(OrganizationFilter filter, String prefix) {
        String country = filter.country() == null ? null : filter.country().trim().toUpperCase(Locale.ROOT);
        return new Where()
                .contains(filter.q(), prefix + "name")
                .and(prefix + "hqCountry = :country", "country", country)
                .and(prefix + "kind = :kind", "kind", filter.kind())
                .and(prefix + "tier = :tier", "tier", filter.tier())
                .and(prefix + "id in (select l.supplier.id from SupplyLink l where l.criticality = :criticality)",
                        "criticality", filter.criticality());
    }

    /** The sortable fields of the list: API name to entity path. */
    public static Map<String, String> sorts() {
        return java.util.Collections.unmodifiableMap(SORTS);
    }

    /** The organization whose name reads the same (Names.key: case, width and invisible characters do not count). */
    public Optional<Organization> findByNameIgnoreCase(String name) {
        return find("nameKey = ?1", Names.key(name)).firstResultOptional();
    }

    /** The suppliers of a buyer, leaving out one link (the one being edited). */
    public List<Long> supplierIdsExcept(long buyerId, long linkId) {
        return getEntityManager()
                .createQuery("select l.supplier.id from SupplyLink l where l.buyer.id = :id and l.id <> :link", Long.class)
                .setParameter("id", buyerId).setParameter("link", linkId).getResultList();
    }

    public List<Long> supplierIds(long buyerId) {
        return getEntityManager()
                .createQuery("select l.supplier.id from SupplyLink l where l.buyer.id = :id", Long.class)
                .setParameter("id", buyerId).getResultList();
    }
}
