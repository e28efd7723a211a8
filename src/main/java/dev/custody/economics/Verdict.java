package dev.custody.economics;

/**
 * Whether a safeguard, on its own at expected effectiveness, is worth its price: it does not pay when its
 * loss reduction does not exceed its annual cost; a safeguard that pays but alone adds more to the unit
 * cost than the viability threshold exceeds market viability.
 */
public enum Verdict {
    PAYS, DOES_NOT_PAY, EXCEEDS_MARKET_VIABILITY
}
