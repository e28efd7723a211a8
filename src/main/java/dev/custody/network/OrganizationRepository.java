package dev.custody.network;

import dev.custody.web.ListQuery;
import dev.custody.web.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
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
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("lower(name) like :q");
            params.put("q", "%" + filter.q().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.add("hqCountry = :country");
            params.put("country", filter.country().trim().toUpperCase(Locale.ROOT));
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.tier() != null) {
            where.add("tier = :tier");
            params.put("tier", filter.tier());
        }
        if (filter.criticality() != null) {
            where.add("id in (select l.supplier.id from SupplyLink l where l.criticality = :criticality)");
            params.put("criticality", filter.criticality());
        }
        String hql = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PanacheQuery<Organization> found = find(hql, query.toSort(SORTS, "name"), params).page(query.page(), query.size());
        return new PageResult<>(found.list(), query.page(), query.size(), found.count());
    }

    public Optional<Organization> findByNameIgnoreCase(String name) {
        return find("lower(name) = ?1", name.trim().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public List<Long> supplierIds(long buyerId) {
        return getEntityManager()
                .createQuery("select l.supplier.id from SupplyLink l where l.buyer.id = :id", Long.class)
                .setParameter("id", buyerId).getResultList();
    }
}
