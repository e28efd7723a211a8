package dev.custody.gating.standing;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Safeguard;
import dev.custody.economics.engagement.Engagement;
import dev.custody.economics.engagement.ModelInputs;
import dev.custody.gating.GateFacts;
import dev.custody.gating.GateFactsLoader;
import dev.custody.gating.GatePolicy;
import dev.custody.gating.GatePolicyService;
import dev.custody.gating.GatePolicyVersion;
import dev.custody.gating.Screening;
import dev.custody.network.Criticality;
import dev.custody.scoring.Facts;
import dev.custody.scoring.NodeScore;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.ScoringGraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gate's facts for many vendors at once, read from the scoring engine's graph (the tier tree and custody chain
 * of every vendor are in memory there) plus what the graph does not hold, read once per batch: parent companies,
 * the restriction lists, embargoed countries, the safeguard catalogue, the engagements and the active gate policy.
 * Each organization of a vendor's tier tree is screened once, with the first path found to it (shortest first).
 */
@ApplicationScoped
public class StandingFacts {
    @Inject
    ScoringEngine engine;
    @Inject
    GateFactsLoader loader;
    @Inject
    GatePolicyService policies;
    @Inject
    ModelInputs economics;
    @Inject
    EntityManager em;

    /** What a batch of standings reads besides the graph, loaded once. */
    public record Context(GatePolicy policy, int policyVersion, Screening screening, Map<String, String> embargoed,
            Map<String, Safeguard> candidates, EconomicsModel money, Map<Long, Engagement> engagements,
            Map<Long, String> parents) {
    }

    /** The facts of a vendor and its score as the graph holds them; null when the graph does not know it. */
    public record Vendor(GateFacts facts, NodeScore score, int modelVersion) {
    }

    /** Loads the context for these vendors' engagements (null: every engagement). */
    public Context context(Collection<Long> vendorIds) {
        GatePolicyVersion active = policies.active();
        Map<Long, Engagement> engagements = new HashMap<>();
        List<Engagement> found = vendorIds == null ? Engagement.listAll()
                : vendorIds.isEmpty() ? List.of() : Engagement.list("organization.id in ?1", vendorIds);
        found.forEach(e -> engagements.put(e.organization.id, e));
        Map<Long, String> parents = new HashMap<>();
        for (Object[] row : em.createQuery("select o.id, o.parentCompany from Organization o "
                + "where o.parentCompany is not null", Object[].class).getResultList()) {
            parents.put((Long) row[0], (String) row[1]);
        }
        return new Context(policies.parameters(active), active.version, loader.screening(), loader.embargoed(),
                GateFactsLoader.candidates(), economics.model(), engagements, parents);
    }

    /**
     * The facts of a purchase from this vendor: at this criticality, for this quantity and annual value (null: not
     * weighed), amounts in this currency.
     */
    public Vendor vendor(Context context, long vendorId, Criticality criticality, int quantity, String currency,
            Double annualValue, String owner) {
        return engine.read(graph -> {
            NodeScore score = graph.score(vendorId);
            if (score == null) {
                return null;
            }
            Facts.Organization vendor = graph.organization(vendorId);
            LocalDate today = graph.today();
            GateFacts facts = new GateFacts(criticality, score.inherited(), graph.model(),
                    members(graph, vendorId, context.parents()), context.screening(), context.embargoed(),
                    GateFactsLoader.visibility(vendor.latestAssessment(), today, graph.model()),
                    GateFactsLoader.scenarios(context.engagements().get(vendorId), score.pEff(), context.money()),
                    context.candidates(), context.money().amortisationYears(), quantity, owner, today, currency,
                    annualValue);
            return new Vendor(facts, score, engine.modelVersion());
        });
    }

    /** The facts of the vendor at its engagement's criticality, units and spend, or the default without one. */
    public Vendor standing(Context context, long vendorId, Criticality defaultCriticality) {
        Engagement e = context.engagements().get(vendorId);
        if (e == null) {
            return vendor(context, vendorId, defaultCriticality, 1, "USD", null, null);
        }
        return vendor(context, vendorId, e.criticality, Math.max(1, e.unitsPerYear), e.currency,
                e.annualSpend == null ? null : e.annualSpend.doubleValue(), null);
    }

    /**
     * The vendor, every organization of its tier tree once (with the first path found to it, breadth first, so the
     * shortest) and every custody leg's handler, as the gate screens them.
     */
    static List<GateFacts.Member> members(ScoringGraph graph, long vendorId, Map<Long, String> parents) {
        List<GateFacts.Member> members = new ArrayList<>();
        Map<Long, List<String>> paths = new HashMap<>();
        Deque<Long> work = new ArrayDeque<>();
        Facts.Organization root = graph.organization(vendorId);
        paths.put(vendorId, List.of(root.name()));
        work.add(vendorId);
        while (!work.isEmpty()) {
            long id = work.poll();
            Facts.Organization org = graph.organization(id);
            List<String> path = paths.get(id);
            if (org != null) {
                members.add(new GateFacts.Member(org.name(), parents.get(id), countries(org), path, "tier tree"));
            }
            for (Facts.SupplierLink link : graph.linksOf(id)) {
                if (!paths.containsKey(link.supplierId())) {
                    List<String> next = new ArrayList<>(path.size() + 1);
                    next.addAll(path);
                    next.add(link.supplierName());
                    paths.put(link.supplierId(), next);
                    work.add(link.supplierId());
                }
            }
        }
        for (Facts.Leg leg : graph.legsOf(vendorId)) {
            Set<String> where = new LinkedHashSet<>();
            if (leg.country() != null) {
                where.add(leg.country().iso2());
            }
            Facts.Organization handler = graph.organization(leg.handlerId());
            if (handler != null && handler.hq() != null) {
                where.add(handler.hq().iso2());
            }
            String step = "leg " + leg.sequence() + " (" + leg.kind().name().toLowerCase(Locale.ROOT) + "): "
                    + leg.handlerName();
            members.add(new GateFacts.Member(leg.handlerName(), parents.get(leg.handlerId()), List.copyOf(where),
                    List.of(root.name(), step), "custody chain"));
        }
        return members;
    }

    private static List<String> countries(Facts.Organization org) {
        Set<String> where = new LinkedHashSet<>();
        if (org.hq() != null) {
            where.add(org.hq().iso2());
        }
        org.sites().forEach(s -> {
            if (s.country() != null) {
                where.add(s.country().iso2());
            }
        });
        return List.copyOf(where);
    }

    static double value(BigDecimal amount) {
        return amount == null ? 0.0 : amount.doubleValue();
    }
}
