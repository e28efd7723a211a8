package dev.custody.reports;

import java.util.Locale;

/**
 * Money on the decision screen, compact and with its currency ("USD 5.4 M", "USD 455 k", "USD 820"); a dash when
 * there is no amount.
 */
public record CompactMoney(String currency) {
    public String of(Double value) {
        if (value == null) {
            return "—";
        }
        double a = Math.abs(value);
        String amount;
        if (a >= 1e9) {
            amount = String.format(Locale.ROOT, "%.1f B", value / 1e9);
        } else if (a >= 1e6) {
            amount = String.format(Locale.ROOT, "%.1f M", value / 1e6);
        } else if (a >= 1e3) {
            amount = String.format(Locale.ROOT, "%.0f k", value / 1e3);
        } else {
            amount = String.format(Locale.ROOT, "%.0f", value);
        }
        return currency + " " + amount;
    }

    /** A score change as read: "up 1.5", "down 2.0", "unchanged", or a dash without history. */
    public String trend(Double change) {
        if (change == null) {
            return "—";
        }
        if (Math.abs(change) < 0.05) {
            return "unchanged";
        }
        return String.format(Locale.ROOT, "%s %.1f", change > 0 ? "up" : "down", Math.abs(change));
    }
}
