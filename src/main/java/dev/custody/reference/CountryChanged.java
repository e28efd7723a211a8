package dev.custody.reference;

/** CDI event fired inside the transaction that changed a country's facts, so that scoring can react. */
public record CountryChanged(String iso2) {
}
