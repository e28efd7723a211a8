package dev.custody.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Keeps each organization's tier (1 = vendor, n + 1 below its shallowest buyer) true after a change, by
 * walking down from the organizations whose links or kind changed until tiers stop moving. Bulk updates
 * leave the records' edit versions alone: a tier is derived, not edited.
 */
@ApplicationScoped
public class TierService {
    @Inject
    EntityManager em;
    @Inject
    OrganizationRepository organizations;

    public void refresh(Collection<Long> changed) {
        em.flush();
        Deque<Long> work = new ArrayDeque<>(changed);
        while (!work.isEmpty()) {
            long id = work.poll();
            List<Integer> stored = em.createQuery("select o.tier from Organization o where o.id = :id", Integer.class)
                    .setParameter("id", id).getResultList();
            Integer current = stored.isEmpty() ? null : stored.get(0);
            Integer derived = derivedTier(id);
            if (!Objects.equals(current, derived)) {
                em.createQuery("update Organization o set o.tier = :tier where o.id = :id")
                        .setParameter("tier", derived).setParameter("id", id).executeUpdate();
                work.addAll(organizations.supplierIds(id));
            }
        }
    }

    private Integer derivedTier(long id) {
        List<OrganizationKind> kind = em.createQuery("select o.kind from Organization o where o.id = :id",
                OrganizationKind.class).setParameter("id", id).getResultList();
        if (kind.isEmpty()) {
            return null;
        }
        if (kind.get(0) == OrganizationKind.VENDOR) {
            return 1;
        }
        Integer shallowestBuyer = em.createQuery(
                        "select min(l.buyer.tier) from SupplyLink l where l.supplier.id = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
        return shallowestBuyer == null ? null : shallowestBuyer + 1;
    }
}
