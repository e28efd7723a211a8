package dev.custody.gating.standing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.gating.GateCondition;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.web.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stored standings for the pages, reports and API; never computes one (StandingService keeps them). */
@ApplicationScoped
public class StandingViews {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /** The standing of an organization (404 when there is none), with the vendors it bars. */
    public StandingView of(long organizationId) {
        Organization org = Organization.findById(organizationId);
        if (org == null) {
            throw new NotFoundException("Organization", organizationId);
        }
        return view(org, VendorStanding.findById(organizationId));
    }

    /** The standing of an organization for a page, or empty when it neither is a vendor nor bars one. */
    public Optional<StandingView> banner(long organizationId) {
        StandingView view = of(organizationId);
        return view.vendor() || !view.bars().isEmpty() ? Optional.of(view) : Optional.empty();
    }

    /** The stored standings of these vendors by id. */
    public Map<Long, VendorStanding> standings(Collection<Long> vendorIds) {
        return VendorStanding.of(vendorIds);
    }

    /** Every stored standing with the vendor's name, optionally of one standing, by name. */
    public List<StandingView> list(Standing only) {
        List<VendorStanding> rows = only == null ? VendorStanding.list("order by organizationId")
                : VendorStanding.list("standing = ?1 order by organizationId", only);
        Map<Long, Organization> orgs = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.organizationId).toList();
        if (!ids.isEmpty()) {
            Organization.<Organization>list("id in ?1", ids).forEach(o -> orgs.put(o.id, o));
        }
        return rows.stream().filter(r -> orgs.containsKey(r.organizationId))
                .map(r -> view(orgs.get(r.organizationId), r))
                .sorted(java.util.Comparator.comparing(StandingView::name)).toList();
    }

    /** How many vendors stand where, worst first (every standing present). */
    public Map<Standing, Long> counts() {
        Map<Standing, Long> counts = new java.util.EnumMap<>(Standing.class);
        for (Standing s : Standing.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select s.standing, count(s) from VendorStanding s group by s.standing", Object[].class)
                .getResultList().forEach(r -> counts.put((Standing) r[0], (Long) r[1]));
        return counts;
    }

    StandingView view(Organization org, VendorStanding s) {
        List<StandingView.Barred> bars = em.createQuery("select b.vendorId, o.name, b.rule, b.text, b.path "
                        + "from StandingBlocker b, Organization o where o.id = b.vendorId and b.organizationId = :id "
                        + "order by o.name, b.id", Object[].class).setParameter("id", org.id).getResultList().stream()
                .map(r -> new StandingView.Barred((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4])).toList();
        boolean vendor = org.kind == OrganizationKind.VENDOR;
        if (s == null) {
            return new StandingView(org.id, org.name, vendor, null, null, null, null, null, List.of(), List.of(), null,
                    null, null, null, null, null, null, null, null, null, null, bars);
        }
        List<StandingView.Block> blocks = em.createQuery("select b.organizationId, o.name, b.rule, b.text, b.path "
                        + "from StandingBlocker b, Organization o where o.id = b.organizationId and b.vendorId = :id "
                        + "order by b.id", Object[].class).setParameter("id", org.id).getResultList().stream()
                .map(r -> new StandingView.Block((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4])).toList();
        return new StandingView(org.id, org.name, vendor, s.standing, s.standing.label(), s.reason, s.criticality,
                s.fromEngagement, blocks, conditions(s), s.conditionsCost, s.annualValue, s.viable, s.currency,
                s.inherited, s.residual, s.policyVersion, s.modelVersion, s.computedAt, s.changedAt, s.previous, bars);
    }

    private List<GateCondition> conditions(VendorStanding s) {
        try {
            return mapper.readValue(s.conditions, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored standing of organization " + s.organizationId
                    + " cannot be read", e);
        }
    }
}
