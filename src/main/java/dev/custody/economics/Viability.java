package dev.custody.economics;

/**
 * Market viability: what safeguards add to the cost of each unit, as a share of its price ("tamper-proof
 * costs more than the market pays"). With no units or no price, any positive cost counts as infinitely
 * expensive (share {@code +Infinity}, exceeded) and a zero cost as share 0.
 *
 * @param costPerUnit annual cost / units per year
 * @param shareOfPrice costPerUnit / unit price
 * @param threshold the model's viability threshold
 * @param exceeded whether shareOfPrice is above the threshold
 */
public record Viability(double costPerUnit, double shareOfPrice, double threshold, boolean exceeded) {
}
