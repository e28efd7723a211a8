package dev.custody.economics.engagement;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Estimate;
import dev.custody.economics.Exposure;
import dev.custody.economics.LossInterval;
import dev.custody.economics.MonteCarlo;
import dev.custody.economics.Plan;
import dev.custody.economics.PlanOptimiser;
import dev.custody.economics.SafeguardAppraisal;
import dev.custody.economics.SafeguardEconomics;
import dev.custody.economics.Scenario;
import dev.custody.economics.SimulationComparison;
import dev.custody.scoring.ScoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The economics of one vendor: its scenarios' probabilities and ALE, the candidates, the plan and the simulation. */
@ApplicationScoped
public class EconomicsService {
    @Inject
    EngagementService engagements;
    @Inject
    ScoreService scores;
    @Inject
    ModelInputs inputs;
    @Inject
    PlanConstraints constraints;

    /** The catalogue safeguards that can help an engagement, and those that cannot with the reason. */
    record Candidates(Map<String, Safeguard> byKey, List<dev.custody.economics.Safeguard> models,
            List<VendorEconomics.Excluded> excluded) {
    }

    /**
     * The vendor's economics with the plan chosen under budget (null: no budget). The safeguards that decisions in
     * force make conditions are in the plan as committed, and the budget buys the best of the rest on top of them; a
     * barred vendor gets no plan: replace it or exit.
     */
    @Transactional
    public VendorEconomics vendor(long organizationId, Double budget) {
        Engagement engagement = engagements.get(organizationId);
        double pEff = scores.current(organizationId).pEff;
        EconomicsModel model = inputs.model();
        Exposure exposure = ModelInputs.exposure(engagement, pEff, model);
        Candidates candidates = candidates(engagement);
        String exit = constraints.exits(List.of(organizationId)).get(organizationId);
        PlanningService.Committed given = PlanningService.committed(exposure, candidates.models(),
                constraints.commitments(List.of(organizationId)).getOrDefault(organizationId, Set.of()), model);
        Plan plan = exit != null ? SafeguardEconomics.evaluate(exposure, List.of(), candidates.models(), model, budget)
                : plan(exposure, candidates.models(), given, model, budget);
        List<dev.custody.economics.Safeguard> chosen = candidates.models().stream()
                .filter(s -> plan.safeguards().contains(s.key())).toList();
        SimulationComparison simulation = MonteCarlo.compare(exposure, chosen, Estimate.EXPECTED, model);
        List<Safeguard> chosenEntities = plan.safeguards().stream().map(candidates.byKey()::get).toList();
        return new VendorEconomics(organizationId, engagement.organization.name, engagement.currency,
                engagement.unitsPerYear, engagement.unitPrice, engagement.annualSpend, pEff,
                lines(engagement, exposure, pEff, model), exposure.ale(),
                new VendorEconomics.Simulation(model.monteCarloYears(), model.seed(), simulation.before(), simulation.after()),
                plan.appraisals().stream().map(a -> candidate(a, candidates.byKey().get(a.key()))).toList(),
                candidates.excluded(),
                new VendorEconomics.PlanView(chosenEntities.stream().map(s -> s.id).toList(),
                        chosenEntities.stream().map(s -> s.name).toList(), budget, plan.annualCost(), plan.aleBefore(),
                        plan.outcomes(), plan.gordonLoeb(), plan.viability()),
                new VendorEconomics.Settings(model.amortisationYears(), model.viabilityThreshold(),
                        model.monteCarloYears(), model.seed()),
                exit == null ? null : new VendorEconomics.Exit(exposure.ale(), exit),
                given.safeguards().stream().map(s -> candidates.byKey().get(s.key()))
                        .map(s -> new PortfolioResult.Named(s.id, s.name)).toList(), given.cost());
    }

    /** The committed safeguards with the best of the rest under the budget (what remains of it after them). */
    private static Plan plan(Exposure exposure, List<dev.custody.economics.Safeguard> candidates,
            PlanningService.Committed given, EconomicsModel model, Double budget) {
        if (given.safeguards().isEmpty()) {
            return PlanOptimiser.optimise(exposure, candidates, model, budget);
        }
        Double left = budget == null ? null : Math.max(0.0, budget - given.cost());
        Plan rest = PlanOptimiser.optimise(given.residual(), given.rest(), model, left);
        List<dev.custody.economics.Safeguard> chosen = candidates.stream()
                .filter(s -> given.safeguards().contains(s) || rest.safeguards().contains(s.key())).toList();
        return SafeguardEconomics.evaluate(exposure, chosen, candidates, model, budget);
    }

    /**
     * Catalogue safeguards priced in the engagement's currency that mitigate at least one estimated scenario, at most
     * as many as the exact search takes (by name).
     */
    Candidates candidates(Engagement engagement) {
        Set<String> estimated = engagement.estimates.stream().map(e -> e.scenario.key).collect(Collectors.toSet());
        Map<String, Safeguard> byKey = new LinkedHashMap<>();
        List<dev.custody.economics.Safeguard> models = new ArrayList<>();
        List<VendorEconomics.Excluded> excluded = new ArrayList<>();
        for (Safeguard s : Safeguard.byName()) {
            String reason = !s.currency.equals(engagement.currency)
                    ? "costs are in " + s.currency + ", the engagement in " + engagement.currency
                    : s.scenarios.stream().noneMatch(estimated::contains) ? "mitigates none of the estimated scenarios"
                    : models.size() >= PlanOptimiser.MAX_CANDIDATES
                            ? "the exact search takes " + PlanOptimiser.MAX_CANDIDATES + " candidates at most" : null;
            if (reason != null) {
                excluded.add(new VendorEconomics.Excluded(s.id, s.name, reason));
                continue;
            }
            dev.custody.economics.Safeguard model = ModelInputs.candidate(s);
            byKey.put(model.key(), s);
            models.add(model);
        }
        return new Candidates(byKey, models, excluded);
    }

    private static List<VendorEconomics.ScenarioLine> lines(Engagement engagement, Exposure exposure, double pEff,
            EconomicsModel model) {
        List<VendorEconomics.ScenarioLine> lines = new ArrayList<>();
        List<ScenarioEstimate> estimates = engagement.ordered();
        for (int i = 0; i < estimates.size(); i++) {
            ScenarioEstimate estimate = estimates.get(i);
            Scenario scenario = exposure.scenarios().get(i);
            LossInterval loss = scenario.loss();
            lines.add(new VendorEconomics.ScenarioLine(scenario.key(), estimate.scenario.name, model.share(scenario.key()),
                    model.scenarioProbability(scenario.key(), pEff), scenario.probability(), estimate.overridden(),
                    estimate.overrideReason, estimate.lossLow, estimate.lossHigh, loss.mu(), loss.sigma(), loss.mean(),
                    scenario.ale()));
        }
        return lines;
    }

    private static VendorEconomics.Candidate candidate(SafeguardAppraisal a, Safeguard s) {
        return new VendorEconomics.Candidate(s.id, s.name, s.controlId, Set.copyOf(s.scenarios), a.annualCost(),
                new VendorEconomics.Range(a.alone().low().reduction(), a.alone().expected().reduction(),
                        a.alone().high().reduction()),
                new VendorEconomics.NullableRange(a.alone().low().rosi(), a.alone().expected().rosi(),
                        a.alone().high().rosi()),
                a.viability().shareOfPrice(), a.verdict(), a.inPlan());
    }
}
