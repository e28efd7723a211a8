package dev.custody.economics;

/** One point of a loss-exceedance curve: the probability that a year's total loss is above {@code loss}. */
public record ExceedancePoint(double loss, double probability) {
}
