package dev.custody.economics.engagement;

import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.network.OrganizationService;
import dev.custody.web.ConflictException;
import dev.custody.web.FieldErrors;
import dev.custody.web.NotFoundException;
import dev.custody.web.Versions;
import dev.custody.platform.GateInputsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Saves a vendor's engagement with its scenario estimates as one whole, after checking every rule. */
@ApplicationScoped
public class EngagementService {
    @Inject
    OrganizationService organizations;
    @Inject
    Clock clock;
    @Inject
    Event<GateInputsChanged> gateInputs;

    public Optional<Engagement> find(long organizationId) {
        organizations.get(organizationId);
        return Engagement.ofOrganization(organizationId);
    }

    public Engagement get(long organizationId) {
        return find(organizationId).orElseThrow(() -> new NotFoundException("Engagement of organization", organizationId));
    }

    /** The saved engagement and whether it was created by this call (no version is needed then). */
    public record Saved(Engagement engagement, boolean created) {
    }

    /** Creates or replaces the engagement; expectedVersion is asked for only when one exists already. */
    @Transactional
    public Saved save(long organizationId, EngagementInput input, Supplier<Long> expectedVersion) {
        Organization organization = organizations.get(organizationId);
        if (organization.kind != OrganizationKind.VENDOR) {
            throw new ConflictException(organization.name + " is not a vendor; engagements are kept for vendors only");
        }
        Optional<Engagement> existing = Engagement.ofOrganization(organizationId);
        existing.ifPresent(e -> Versions.check("The engagement of " + organization.name, e.version, expectedVersion.get()));
        check(input);
        Engagement engagement = existing.orElseGet(Engagement::new);
        engagement.organization = organization;
        apply(engagement, input);
        if (existing.isEmpty()) {
            engagement.persist();
        }
        Engagement.flush();
        gateInputs.fire(new GateInputsChanged(organizationId, "engagement"));
        return new Saved(engagement, existing.isEmpty());
    }

    /**
     * Removes the engagement with its estimates (Envers records the deletion and who made it); an organization with
     * an engagement can be deleted, or stop being a vendor, only after this.
     */
    @Transactional
    public void delete(long organizationId, Long expectedVersion) {
        Engagement engagement = get(organizationId);
        Versions.checkDelete("The engagement of " + engagement.organization.name, engagement.version, expectedVersion);
        engagement.delete();
        Engagement.flush();
        gateInputs.fire(new GateInputsChanged(organizationId, "engagement"));
    }

    private static void check(EngagementInput input) {
        Set<String> scenarios = ThreatScenarios.keys();
        Set<String> seen = new HashSet<>();
        FieldErrors errors = new FieldErrors()
                .check(Money.knownCurrency(input.currency()), "currency", Money.CURRENCY_MESSAGE);
        List<EstimateInput> estimates = input.estimates();
        for (int i = 0; i < estimates.size(); i++) {
            EstimateInput e = estimates.get(i);
            String at = "estimates[" + i + "].";
            errors.check(scenarios.contains(e.scenario()), at + "scenario", "is not a threat scenario; known: " + scenarios)
                    .check(!scenarios.contains(e.scenario()) || seen.add(e.scenario()), at + "scenario",
                            "is estimated twice")
                    .check(e.lossLow().compareTo(e.lossHigh()) < 0, at + "lossHigh",
                            "must be greater than lossLow (the 90 % interval runs from low to high)")
                    .check(e.probabilityOverride() == null || !blank(e.overrideReason()), at + "overrideReason",
                            "must say why the probability is overridden");
        }
        errors.throwIfAny();
    }

    private void apply(Engagement engagement, EngagementInput input) {
        engagement.unitsPerYear = input.unitsPerYear();
        engagement.unitPrice = input.unitPrice();
        engagement.annualSpend = input.annualSpend() != null ? input.annualSpend()
                : input.unitPrice().multiply(BigDecimal.valueOf(input.unitsPerYear()));
        engagement.currency = input.currency();
        engagement.criticality = input.criticality();
        engagement.notes = blank(input.notes()) ? null : input.notes().trim();
        // Always dirty, so that a change of the estimates alone moves the engagement's version too.
        engagement.updatedAt = Instant.now(clock);
        Map<String, ScenarioEstimate> kept = new HashMap<>();
        engagement.estimates.forEach(e -> kept.put(e.scenario.key, e));
        Set<String> sent = new HashSet<>();
        for (EstimateInput in : input.estimates()) {
            sent.add(in.scenario());
            ScenarioEstimate estimate = kept.get(in.scenario());
            if (estimate == null) {
                estimate = new ScenarioEstimate();
                estimate.engagement = engagement;
                estimate.scenario = ThreatScenario.findById(in.scenario());
                engagement.estimates.add(estimate);
            }
            estimate.lossLow = in.lossLow();
            estimate.lossHigh = in.lossHigh();
            estimate.probabilityOverride = in.probabilityOverride();
            estimate.overrideReason = in.probabilityOverride() == null || blank(in.overrideReason()) ? null
                    : in.overrideReason().trim();
        }
        engagement.estimates.removeIf(e -> !sent.contains(e.scenario.key));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
