package dev.custody.economics.engagement;

import java.util.Currency;

/** Checks shared by the inputs that carry amounts of money. */
final class Money {
    /** The largest amount accepted anywhere (the columns hold more; nobody buys for more than this). */
    static final String MAX = "1000000000000";
    static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as USD or EUR";

    private Money() {
    }

    static boolean knownCurrency(String code) {
        try {
            return code != null && Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
