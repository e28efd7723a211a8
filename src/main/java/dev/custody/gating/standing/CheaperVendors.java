package dev.custody.gating.standing;

import dev.custody.gating.ConditionViability.CheaperPath;
import dev.custody.gating.GateCondition;
import dev.custody.gating.GateOutcome;
import dev.custody.gating.GateRules;
import dev.custody.gating.GateVerdict;
import dev.custody.gating.PurchaseRequest;
import dev.custody.network.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Other vendors the same purchase could go to instead, when its conditions are not viable: vendors whose stored
 * standing is better, those asked for the same item before first, each checked by the gate rules for this purchase
 * (its criticality, quantity and value) and kept when the gate approves it or its conditions would be viable.
 */
@ApplicationScoped
public class CheaperVendors {
    /** Vendors named at most. */
    static final int MAX = 3;
    /** Candidates checked by the gate at most, best standing first. */
    static final int CHECKED = 10;

    @Inject
    StandingFacts standingFacts;

    public List<CheaperPath> instead(PurchaseRequest request, double annualValue) {
        Set<Long> sameItem = new HashSet<>(PurchaseRequest.getEntityManager().createQuery(
                "select distinct p.vendorId from PurchaseRequest p where lower(p.item) = :item and p.vendorId <> :vendor",
                Long.class).setParameter("item", request.item.strip().toLowerCase(Locale.ROOT))
                .setParameter("vendor", request.vendorId).getResultList());
        List<VendorStanding> candidates = VendorStanding.<VendorStanding>list("organizationId <> ?1 and standing in ?2",
                request.vendorId, List.of(Standing.APPROVE, Standing.APPROVE_WITH_CONDITIONS)).stream()
                .sorted(Comparator.comparing((VendorStanding s) -> !sameItem.contains(s.organizationId))
                        .thenComparing(s -> s.standing, Comparator.reverseOrder())
                        .thenComparingDouble(s -> s.inherited))
                .limit(CHECKED).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        StandingFacts.Context context = standingFacts.context(candidates.stream().map(s -> s.organizationId).toList());
        List<CheaperPath> paths = new ArrayList<>();
        for (VendorStanding candidate : candidates) {
            StandingFacts.Vendor vendor = standingFacts.vendor(context, candidate.organizationId, request.criticality,
                    request.quantity, request.currency, annualValue, request.requester);
            Organization org = Organization.findById(candidate.organizationId);
            if (vendor == null || org == null) {
                continue;
            }
            GateVerdict verdict = GateRules.decide(vendor.facts(), context.policy());
            CheaperPath path = path(org, verdict, sameItem.contains(org.id), request);
            if (path != null && paths.size() < MAX) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static CheaperPath path(Organization vendor, GateVerdict verdict, boolean sameItem, PurchaseRequest request) {
        String level = request.criticality.name().toLowerCase(Locale.ROOT);
        String before = sameItem ? " (asked for " + request.item.strip() + " before)" : "";
        if (verdict.outcome() == GateOutcome.APPROVE) {
            return new CheaperPath(CheaperPath.VENDOR, "Buy from " + vendor.name + before + " instead: at " + level
                    + " criticality the gate approves it without conditions.", vendor.id, vendor.name,
                    request.criticality, GateOutcome.APPROVE, null);
        }
        if (verdict.outcome() == GateOutcome.APPROVE_WITH_CONDITIONS
                && (verdict.viability() == null || verdict.viability().viable())) {
            double cost = verdict.conditions().stream().mapToDouble(GateCondition::annualCost).sum();
            return new CheaperPath(CheaperPath.VENDOR, "Buy from " + vendor.name + before + " instead: at " + level
                    + " criticality its conditions cost " + String.format(Locale.ROOT, "%,.2f %s", cost,
                    request.currency) + " a year, within the policy's share of the purchase.", vendor.id, vendor.name,
                    request.criticality, GateOutcome.APPROVE_WITH_CONDITIONS, cost);
        }
        return null;
    }
}
