package dev.custody.network;

/** How much a supplied item matters to the product; board assembly and firmware are critical. */
public enum Criticality {
    LOW, MEDIUM, HIGH, CRITICAL
}
