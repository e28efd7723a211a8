package dev.custody.economics;

import dev.custody.web.InvalidInputException;

/**
 * A loss magnitude given as a 90 % confidence interval (low, high), modelled as a lognormal (DOMAIN.md
 * section 4): {@code mu = (ln low + ln high)/2}, {@code sigma = (ln high - ln low) / (2 * 1.6448536)}.
 * Refuses anything but finite {@code 0 < low < high}, naming the field {@code lossLow} or {@code lossHigh}.
 *
 * @param low the 5th percentile of the loss of one event, in money
 * @param high the 95th percentile of the loss of one event, in money
 */
public record LossInterval(double low, double high) {
    /** The 95th percentile of the standard normal distribution: a 90 % interval spans +-Z90 sigma. */
    public static final double Z90 = 1.6448536;

    public LossInterval {
        Checks.finite("lossLow", low);
        Checks.finite("lossHigh", high);
        if (!(low > 0.0)) {
            throw new InvalidInputException("lossLow", "must be greater than 0");
        }
        if (!(high > low)) {
            throw new InvalidInputException("lossHigh", "must be greater than the low loss");
        }
    }

    /** The mean of the underlying normal of ln(loss). */
    public double mu() {
        return (Math.log(low) + Math.log(high)) / 2.0;
    }

    /** The standard deviation of the underlying normal of ln(loss). */
    public double sigma() {
        return (Math.log(high) - Math.log(low)) / (2.0 * Z90);
    }

    /** The expected loss of one event, {@code exp(mu + sigma^2/2)}. */
    public double mean() {
        double sigma = sigma();
        return Math.exp(mu() + sigma * sigma / 2.0);
    }

    /** The loss not exceeded with probability q (0 < q < 1): {@code exp(mu + sigma * z(q))}. */
    public double quantile(double q) {
        if (!(q > 0.0 && q < 1.0)) {
            throw new IllegalArgumentException("quantile level must be strictly between 0 and 1: " + q);
        }
        return Math.exp(mu() + sigma() * Normal.inverse(q));
    }
}
