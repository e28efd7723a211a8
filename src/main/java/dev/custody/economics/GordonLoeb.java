package dev.custody.economics;

/**
 * The Gordon–Loeb line: spending more than {@code expected loss / e} (about 36.8 % of the ALE) on
 * protecting an exposure is never optimal.
 *
 * @param bound {@code ALE_before / e}
 * @param spend the plan's annual cost
 * @param exceeded whether spend is above the bound
 */
public record GordonLoeb(double bound, double spend, boolean exceeded) {
}
