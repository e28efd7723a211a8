package dev.custody.economics;

/**
 * What a safeguard costs; every part non-negative (fields {@code oneTimeCost}, {@code annualCost},
 * {@code perUnitCost}).
 *
 * @param oneTime paid once, amortised over the model's years
 * @param annual paid every year
 * @param perUnit paid for every unit bought
 */
public record SafeguardCost(double oneTime, double annual, double perUnit) {
    public SafeguardCost {
        Checks.nonNegative("oneTimeCost", oneTime);
        Checks.nonNegative("annualCost", annual);
        Checks.nonNegative("perUnitCost", perUnit);
    }

    /** {@code oneTime / amortisationYears + annual + perUnit * unitsPerYear}. */
    public double perYear(int amortisationYears, double unitsPerYear) {
        return oneTime / amortisationYears + annual + perUnit * unitsPerYear;
    }
}
