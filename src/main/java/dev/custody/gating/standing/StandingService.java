package dev.custody.gating.standing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.gating.FiredRule;
import dev.custody.gating.GateRules;
import dev.custody.gating.GateVerdict;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.platform.GateInputsChanged;
import dev.custody.platform.events.PlatformEvent;
import dev.custody.platform.events.StandingChanged;
import dev.custody.scoring.ScoresApplied;
import dev.custody.scoring.ScoringEngine;
import dev.custody.scoring.ScoringGraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps every vendor's standing current and stored (vendor_standing), so that pages, reports and the API read it
 * instead of rescanning the network: recomputed by the gate rules in the transaction that changes what it depends
 * on — for the vendors above changed organizations after a rescore, for every vendor after a full rescore (a new
 * model, the daily run) or when the restriction lists, the safeguard catalogue or the gate policy change, for one
 * vendor when its engagement changes. A standing that moves is announced (StandingChanged, webhooks).
 */
@ApplicationScoped
public class StandingService {
    private static final Logger LOG = Logger.getLogger(StandingService.class);
    private static final int CHUNK = 1000;

    /** What a recompute did: standings computed, rows written, standings that moved. */
    public record Recomputed(int vendors, int written, int moved, long durationMillis) {
    }

    @Inject
    StandingFacts standingFacts;
    @Inject
    StandingConfig config;
    @Inject
    ScoringEngine engine;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<PlatformEvent> events;
    @Inject
    Clock clock;

    void scoresApplied(@Observes ScoresApplied applied) {
        if (applied.everything()) {
            recomputeAll();
        } else {
            recompute(engine.read(graph -> withVendorsAbove(graph, applied.changed())));
        }
    }

    void inputsChanged(@Observes GateInputsChanged changed) {
        if (changed.vendorId() == null) {
            recomputeAll();
        } else {
            recompute(Set.of(changed.vendorId()));
        }
    }

    /** Every vendor's standing, in the caller's transaction (or one of its own). */
    @Transactional
    public Recomputed recomputeAll() {
        return recompute(null);
    }

    /**
     * These organizations' standings (null: every vendor's); those that are not vendors (any more) lose theirs. In the
     * caller's transaction.
     */
    @Transactional
    public Recomputed recompute(Collection<Long> ids) {
        long started = System.nanoTime();
        List<Long> vendors = vendors(ids);
        if (ids != null) {
            Set<Long> gone = new HashSet<>(ids);
            vendors.forEach(gone::remove);
            if (!gone.isEmpty()) {
                drop(gone);
            }
        }
        if (vendors.isEmpty()) {
            return new Recomputed(0, 0, 0, 0);
        }
        StandingFacts.Context context = standingFacts.context(ids == null ? null : vendors);
        Map<Long, VendorStanding> stored = ids == null ? all() : VendorStanding.of(vendors);
        Instant now = Instant.now(clock);
        int written = 0;
        int moved = 0;
        for (long vendorId : vendors) {
            StandingFacts.Vendor vendor = standingFacts.standing(context, vendorId, config.defaultCriticality());
            if (vendor == null) {
                continue;
            }
            GateVerdict verdict = GateRules.decide(vendor.facts(), context.policy());
            StandingVerdict standing = StandingVerdict.of(verdict, vendor.facts().criticality(),
                    context.engagements().containsKey(vendorId));
            Write w = store(stored.get(vendorId), vendorId, standing, vendor, context, now);
            written += w.written() ? 1 : 0;
            moved += w.moved() ? 1 : 0;
        }
        em.flush();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (vendors.size() > 50) {
            LOG.debugf("Standing of %d vendors in %d ms (%d written, %d moved)", vendors.size(), millis, written, moved);
        }
        return new Recomputed(vendors.size(), written, moved, millis);
    }

    private record Write(boolean written, boolean moved) {
    }

    private Write store(VendorStanding row, long vendorId, StandingVerdict standing, StandingFacts.Vendor vendor,
            StandingFacts.Context context, Instant now) {
        String rules = json(standing.verdict().rules());
        String conditions = json(standing.conditions());
        boolean created = row == null;
        if (created) {
            row = new VendorStanding();
            row.organizationId = vendorId;
        } else if (same(row, standing, rules, conditions, vendor, context)) {
            return new Write(false, false);
        }
        Standing before = row.standing;
        boolean moved = before != null && before != standing.standing();
        if (created || moved) {
            row.previous = before;
            row.changedAt = now;
        }
        row.standing = standing.standing();
        row.criticality = standing.criticality();
        row.fromEngagement = standing.fromEngagement();
        row.reason = standing.reason();
        row.rules = rules;
        row.conditions = conditions;
        row.conditionsCost = standing.conditionsCost();
        row.annualValue = vendor.facts().annualValue();
        row.viable = standing.viable();
        row.currency = vendor.facts().currency();
        row.inherited = vendor.facts().inherited();
        row.residual = standing.residual();
        row.policyVersion = context.policyVersion();
        row.modelVersion = vendor.modelVersion();
        row.computedAt = now;
        if (created) {
            row.persist();
        }
        blockers(vendorId, standing);
        if (moved) {
            events.fire(new StandingChanged(vendorId, before.name(), standing.standing().name(), standing.reason()));
        }
        return new Write(true, moved);
    }

    private static boolean same(VendorStanding row, StandingVerdict standing, String rules, String conditions,
            StandingFacts.Vendor vendor, StandingFacts.Context context) {
        return row.standing == standing.standing() && row.criticality == standing.criticality()
                && row.fromEngagement == standing.fromEngagement() && row.reason.equals(standing.reason())
                && row.rules.equals(rules) && row.conditions.equals(conditions)
                && Objects.equals(row.viable, standing.viable())
                && Objects.equals(row.annualValue, vendor.facts().annualValue())
                && Objects.equals(row.currency, vendor.facts().currency())
                && row.inherited == vendor.facts().inherited() && Objects.equals(row.residual, standing.residual())
                && row.policyVersion == context.policyVersion() && row.modelVersion == vendor.modelVersion();
    }

    /** The organizations that bar the vendor, rewritten from its legal blocks. */
    private void blockers(long vendorId, StandingVerdict standing) {
        StandingBlocker.delete("vendorId", vendorId);
        if (standing.blocks().isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        List<String> names = standing.blocks().stream().map(FiredRule::organization).filter(Objects::nonNull)
                .distinct().toList();
        em.createQuery("select o.id, o.name from Organization o where o.name in :names", Object[].class)
                .setParameter("names", names).getResultList().forEach(r -> ids.put((String) r[1], (Long) r[0]));
        for (FiredRule block : standing.blocks()) {
            Long organizationId = ids.get(block.organization());
            if (organizationId == null) {
                continue;
            }
            StandingBlocker b = new StandingBlocker();
            b.vendorId = vendorId;
            b.organizationId = organizationId;
            b.rule = block.rule();
            b.text = truncate(block.text(), 4000);
            b.path = truncate(String.join(" → ", block.path()), 4000);
            b.persist();
        }
    }

    private void drop(Collection<Long> ids) {
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            StandingBlocker.delete("vendorId in ?1", chunk);
            VendorStanding.delete("organizationId in ?1", chunk);
        }
    }

    /** The vendors among these ids (null: every vendor), by id. */
    private List<Long> vendors(Collection<Long> ids) {
        String select = "select o.id from Organization o where o.kind = :kind";
        if (ids == null) {
            return em.createQuery(select + " order by o.id", Long.class).setParameter("kind", OrganizationKind.VENDOR)
                    .getResultList();
        }
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            found.addAll(em.createQuery(select + " and o.id in :ids", Long.class)
                    .setParameter("kind", OrganizationKind.VENDOR).setParameter("ids", chunk).getResultList());
        }
        found.sort(Long::compare);
        return found;
    }

    private static Map<Long, VendorStanding> all() {
        Map<Long, VendorStanding> found = new HashMap<>();
        VendorStanding.<VendorStanding>listAll().forEach(s -> found.put(s.organizationId, s));
        return found;
    }

    /** These organizations and every organization above them (buyers, and vendors whose legs they handle). */
    static Set<Long> withVendorsAbove(ScoringGraph graph, Collection<Long> changed) {
        Set<Long> found = new HashSet<>(changed);
        Deque<Long> work = new ArrayDeque<>(changed);
        while (!work.isEmpty()) {
            long id = work.poll();
            for (long buyer : graph.buyersOf(id)) {
                if (found.add(buyer)) {
                    work.add(buyer);
                }
            }
            for (long vendor : graph.vendorsHandledBy(id)) {
                if (found.add(vendor)) {
                    work.add(vendor);
                }
            }
        }
        return found;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
