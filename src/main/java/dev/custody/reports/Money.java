package dev.custody.reports;

/** Amounts in reports are rounded to the cent once, when the snapshot is taken, so every format shows the same. */
final class Money {
    private Money() {
    }

    static double cents(double amount) {
        if (!Double.isFinite(amount)) {
            return amount;
        }
        return Math.round(amount * 100.0) / 100.0;
    }

    static Double cents(Double amount) {
        return amount == null ? null : cents(amount.doubleValue());
    }
}
