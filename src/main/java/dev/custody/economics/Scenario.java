package dev.custody.economics;

/**
 * One threat scenario of a vendor engagement: its annual event probability and the loss of one event.
 *
 * @param key the scenario's key (for example {@link EconomicsModel#HARDWARE_IMPLANT})
 * @param probability annual event probability p_s, 0..1 (also the Poisson rate of events a year)
 * @param loss the loss of one event
 */
public record Scenario(String key, double probability, LossInterval loss) {
    public Scenario {
        Checks.key("scenario", key);
        Checks.unit("probability", probability);
        Checks.present("loss", loss);
    }

    /** A scenario whose probability is the model's share of the vendor's effective probability. */
    public static Scenario fromEffective(String key, double effectiveProbability, LossInterval loss, EconomicsModel model) {
        return new Scenario(key, model.scenarioProbability(key, effectiveProbability), loss);
    }

    /** Annualised loss expectancy {@code ALE = p * mean loss}. */
    public double ale() {
        return probability * loss.mean();
    }

    /** The same scenario with another probability (a residual after safeguards). */
    public Scenario withProbability(double residual) {
        return new Scenario(key, residual, loss);
    }
}
