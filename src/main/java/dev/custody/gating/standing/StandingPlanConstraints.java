package dev.custody.gating.standing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.economics.engagement.PlanConstraints;
import dev.custody.gating.GateCondition;
import dev.custody.gating.GateDecision;
import dev.custody.gating.GateOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gate's side of one plan: barred vendors exit the safeguard budget, and the safeguards that the decision in
 * force on a purchase request makes conditions (approve with conditions, by evaluation or override) are committed.
 */
@ApplicationScoped
public class StandingPlanConstraints implements PlanConstraints {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @Override
    public Map<Long, String> exits(Collection<Long> vendorIds) {
        Map<Long, String> exits = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return exits;
        }
        VendorStanding.<VendorStanding>list("organizationId in ?1 and standing = ?2", List.copyOf(vendorIds),
                Standing.BARRED).forEach(s -> exits.put(s.organizationId, s.reason));
        return exits;
    }

    @Override
    public Map<Long, Set<Long>> commitments(Collection<Long> vendorIds) {
        Map<Long, Set<Long>> committed = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return committed;
        }
        List<GateDecision> inForce = em.createQuery("select d from GateDecision d join fetch d.request r "
                + "where r.vendorId in :vendors and d.id = (select max(e.id) from GateDecision e where e.request = r) "
                + "and d.outcome = :outcome", GateDecision.class).setParameter("vendors", List.copyOf(vendorIds))
                .setParameter("outcome", GateOutcome.APPROVE_WITH_CONDITIONS).getResultList();
        for (GateDecision d : inForce) {
            for (GateCondition c : conditions(d)) {
                if (c.safeguardId() != null) {
                    committed.computeIfAbsent(d.request.vendorId, k -> new LinkedHashSet<>()).add(c.safeguardId());
                }
            }
        }
        return committed;
    }

    private List<GateCondition> conditions(GateDecision d) {
        try {
            return mapper.readValue(d.conditions, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The conditions of decision " + d.id + " cannot be read", e);
        }
    }
}
