package dev.custody.gating;

import dev.custody.scoring.Band;
import dev.custody.scoring.CurrentScore;
import dev.custody.scoring.ScoringModelService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What changed since the decision in force was made, in sentences a buyer reads: the vendor's inherited score and
 * band then and now, the gate policy and scoring model versions then and now, conditions now overdue, the end of
 * the re-evaluation period. Reads only.
 */
@ApplicationScoped
public class WhatChanged {
    @Inject
    GatingService gating;
    @Inject
    GatePolicyService policies;
    @Inject
    ScoringModelService models;
    @Inject
    Clock clock;

    /**
     * Compared with the newest decision a person made (the review's own re-evaluations are what changed, not what
     * the buyer relied on); conditions overdue are those of the decision in force.
     */
    public List<String> since(long requestId) {
        PurchaseRequest request = gating.get(requestId);
        GateDecision current = gating.decision(requestId);
        List<GateDecision> all = GateDecision.of(requestId);
        GateDecision decision = all.stream().filter(d -> !GatingService.SYSTEM.equals(d.decidedBy))
                .reduce((a, b) -> b).orElse(current);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> changes = new ArrayList<>();
        changes.add(String.format(Locale.ROOT, "Since decision %d of %s (%s by %s):", decision.id,
                decision.decidedAt.atZone(ZoneOffset.UTC).toLocalDate(), GatingService.label(decision.outcome),
                decision.decidedBy));
        if (current.id.longValue() != decision.id.longValue()) {
            changes.add(String.format(Locale.ROOT, "The gate evaluated the request again on %s: %s.",
                    current.decidedAt.atZone(ZoneOffset.UTC).toLocalDate(), GatingService.label(current.outcome)));
        }
        changes.add(score(request, decision));
        changes.add(policy(decision));
        changes.add(model(decision));
        for (DecisionCondition c : DecisionCondition.of(current.id)) {
            if (c.overdue(today)) {
                changes.add(String.format(Locale.ROOT, "The condition \"%s\" was due on %s and is not recorded as met.",
                        c.name, c.deadline));
            }
        }
        changes.add(period(decision, today));
        return changes.stream().filter(s -> s != null).toList();
    }

    private String score(PurchaseRequest request, GateDecision decision) {
        CurrentScore now = CurrentScore.findById(request.vendorId);
        if (decision.inherited == null || now == null) {
            return null;
        }
        String then = String.format(Locale.ROOT, "%.1f (%s)", decision.inherited, band(decision));
        String current = String.format(Locale.ROOT, "%.1f (%s)", now.inherited, label(now.band));
        if (then.equals(current)) {
            return "The vendor's inherited score is " + current + ", as when the decision was made.";
        }
        return "The vendor's inherited score was " + then + " when the decision was made and is " + current + " now.";
    }

    private String band(GateDecision decision) {
        if (decision.modelVersion == null) {
            return "band unknown";
        }
        return label(models.parameters(models.get(decision.modelVersion)).band(decision.inherited));
    }

    private static String label(Band band) {
        return band.name().toLowerCase(Locale.ROOT) + " risk";
    }

    private String policy(GateDecision decision) {
        int active = policies.active().version;
        return active == decision.policyVersion
                ? String.format(Locale.ROOT, "Gate policy version %d, used for the decision, is still the active one.", active)
                : String.format(Locale.ROOT, "The decision used gate policy version %d; version %d is active now.",
                        decision.policyVersion, active);
    }

    private String model(GateDecision decision) {
        int active = models.active().version();
        if (decision.modelVersion == null) {
            return String.format(Locale.ROOT, "Scoring model version %d is active now.", active);
        }
        return active == decision.modelVersion
                ? String.format(Locale.ROOT, "Scoring model version %d, used for the score, is still the active one.", active)
                : String.format(Locale.ROOT, "The score came from scoring model version %d; version %d is active now.",
                        decision.modelVersion, active);
    }

    private String period(GateDecision decision, LocalDate today) {
        int months = policies.parameters(policies.get(decision.policyVersion)).reevaluationMonths();
        LocalDate end = decision.decidedAt.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(months);
        return end.isAfter(today)
                ? String.format(Locale.ROOT, "The re-evaluation period of %d months ends on %s.", months, end)
                : String.format(Locale.ROOT, "The re-evaluation period of %d months ended on %s.", months, end);
    }
}
