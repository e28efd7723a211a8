package dev.custody.economics;

/**
 * The effect of a safeguard or plan at one effectiveness estimate.
 *
 * @param aleAfter annualised loss expectancy with the safeguards in place
 * @param reduction {@code ALE_before - ALE_after}
 * @param net {@code reduction - annual cost}: positive when it pays
 * @param rosi {@code (ALE_before - ALE_after - annual cost) / annual cost} (ENISA); null when the annual cost is 0
 */
public record Outcome(double aleAfter, double reduction, double net, Double rosi) {
}
