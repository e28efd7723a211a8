package dev.custody.economics.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting the economics pages call as ${m...}: money, probabilities, shares and ROSI. */
public final class EconomicsFormats {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    /** Whole money units with thousands separators, such as 1,234,567. */
    public String money(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return "∞";
        }
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    public String money(BigDecimal value) {
        return value == null ? "" : money(value.doubleValue());
    }

    /** A probability with four significant decimals, such as 0.0213. */
    public String probability(double value) {
        return new DecimalFormat(value != 0 && value < 0.001 ? "0.000000" : "0.0000", SYMBOLS).format(value);
    }

    /** A share as a percentage with one decimal, such as 12.5 %. */
    public String percent(double share) {
        if (Double.isInfinite(share) || Double.isNaN(share)) {
            return "∞";
        }
        return new DecimalFormat("0.0", SYMBOLS).format(share * 100) + " %";
    }

    /** ROSI as a multiple of the cost, such as 2.35; a dash where it is undefined (no cost). */
    public String rosi(Double value) {
        return value == null ? "–" : new DecimalFormat("0.00", SYMBOLS).format(value);
    }

    public String decimal(double value) {
        return new DecimalFormat("0.000", SYMBOLS).format(value);
    }
}
