package dev.custody.gating;

import dev.custody.network.Organization;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a policy version would decide on the open requests (every request whose vendor is still in the network)
 * compared with the decision in force: how many would change outcome, the from-to matrix and the requests that
 * change. A decision in force that an override made stays: an executive's override replaced the gate's outcome, and a
 * new policy does not undo it (counted in keptByOverride, in the matrix as staying). Writes nothing: it runs in a
 * transaction that is always rolled back.
 */
@ApplicationScoped
public class GatePolicyPreview {
    /** How many open requests go from one outcome to another (the same outcome included). */
    public record Transition(GateOutcome from, GateOutcome to, int count) {
    }

    /** An open request whose outcome would change. */
    public record Changed(long id, String vendorName, String item, GateOutcome from, GateOutcome to) {
    }

    public record Result(int version, int open, int changed, List<Transition> matrix, List<Changed> requests,
            int keptByOverride) {
    }

    @Inject
    GateFactsLoader loader;
    @Inject
    GatePolicyService policies;
    @Inject
    Clock clock;

    public Result preview(int version) {
        QuarkusTransaction.begin();
        try {
            return compute(version);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private Result compute(int version) {
        GatePolicy policy = policies.parameters(policies.get(version));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<GateOutcome, Map<GateOutcome, Integer>> counts = new EnumMap<>(GateOutcome.class);
        List<Changed> changed = new ArrayList<>();
        int open = 0;
        int kept = 0;
        for (PurchaseRequest request : PurchaseRequest.<PurchaseRequest>list("order by id")) {
            GateDecision current = GateDecision.latest(request.id).orElse(null);
            if (current == null || Organization.findById(request.vendorId) == null) {
                continue;
            }
            open++;
            if (current.kind == GateDecision.Kind.OVERRIDE) {
                kept++;
                counts.computeIfAbsent(current.outcome, k -> new EnumMap<>(GateOutcome.class))
                        .merge(current.outcome, 1, Integer::sum);
                continue;
            }
            GateFactsLoader.Loaded loaded = loader.load(request.vendorId, request.criticality, request.quantity,
                    request.requester, today, request.currency,
                    request.unitPrice.doubleValue() * request.quantity);
            GateOutcome next = GateRules.decide(loaded.facts(), policy).outcome();
            counts.computeIfAbsent(current.outcome, k -> new EnumMap<>(GateOutcome.class)).merge(next, 1, Integer::sum);
            if (next != current.outcome) {
                changed.add(new Changed(request.id, request.vendorName, request.item, current.outcome, next));
            }
        }
        List<Transition> matrix = new ArrayList<>();
        counts.forEach((from, row) -> row.forEach((to, n) -> matrix.add(new Transition(from, to, n))));
        return new Result(version, open, changed.size(), matrix, changed, kept);
    }
}
