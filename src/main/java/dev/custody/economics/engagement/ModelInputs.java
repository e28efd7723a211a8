package dev.custody.economics.engagement;

import dev.custody.economics.EconomicsModel;
import dev.custody.economics.Effectiveness;
import dev.custody.economics.Exposure;
import dev.custody.economics.LossInterval;
import dev.custody.economics.SafeguardCost;
import dev.custody.economics.Scenario;
import dev.custody.scoring.ScoringModel;
import dev.custody.scoring.ScoringModelService;
import dev.custody.web.FieldError;
import dev.custody.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Turns stored engagements and catalogue safeguards into the inputs of the pure calculators. */
@ApplicationScoped
public class ModelInputs {
    @Inject
    EconomicsConfig config;
    @Inject
    ScoringModelService models;

    /**
     * The model: scenario shares, amortisation and viability threshold from the active scoring model version,
     * the simulation's size and seed from configuration.
     */
    public EconomicsModel model() {
        ScoringModel m = models.active().model();
        return new EconomicsModel(m.scenarioShares(), m.amortisationYears(), m.viabilityThreshold(),
                config.monteCarloYears(), config.seed());
    }

    /** p_s of an estimate: the analyst's override when there is one, else p_eff x the scenario's share. */
    public static Scenario scenario(ScenarioEstimate estimate, double pEff, EconomicsModel model) {
        LossInterval loss = new LossInterval(estimate.lossLow.doubleValue(), estimate.lossHigh.doubleValue());
        return estimate.overridden() ? new Scenario(estimate.scenario.key, estimate.probabilityOverride.doubleValue(), loss)
                : Scenario.fromEffective(estimate.scenario.key, pEff, loss, model);
    }

    /**
     * The engagement's expected annual loss per unit of the vendor's p_eff (EconomicsModel.lossPerProbability) over
     * the scenarios not overridden.
     */
    public static double lossPerProbability(Engagement engagement, EconomicsModel model) {
        java.util.Map<String, LossInterval> derived = new java.util.LinkedHashMap<>();
        for (ScenarioEstimate estimate : engagement.ordered()) {
            if (!estimate.overridden()) {
                derived.put(estimate.scenario.key, new LossInterval(estimate.lossLow.doubleValue(),
                        estimate.lossHigh.doubleValue()));
            }
        }
        return model.lossPerProbability(derived);
    }

    public static Exposure exposure(Engagement engagement, double pEff, EconomicsModel model) {
        List<Scenario> scenarios = engagement.ordered().stream().map(e -> scenario(e, pEff, model)).toList();
        return new Exposure(engagement.unitsPerYear, engagement.unitPrice.doubleValue(), scenarios);
    }

    /** A catalogue safeguard as a candidate, keyed by its id, mitigating the given scenarios. */
    public static dev.custody.economics.Safeguard candidate(Safeguard s, Set<String> scenarios) {
        return new dev.custody.economics.Safeguard(String.valueOf(s.id), scenarios,
                new Effectiveness(s.effectivenessLow.doubleValue(), s.effectivenessExpected.doubleValue(),
                        s.effectivenessHigh.doubleValue()),
                new SafeguardCost(s.costOneTime.doubleValue(), s.costAnnual.doubleValue(), s.costPerUnit.doubleValue()));
    }

    public static dev.custody.economics.Safeguard candidate(Safeguard s) {
        return candidate(s, s.scenarios);
    }

    /** Builds a value whose refusals name fields relative to prefix, such as "safeguards[2].". */
    public static <T> T at(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError(prefix + f.field(), f.message())).toList());
        }
    }
}
