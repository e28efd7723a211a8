package dev.custody.economics;

/** Which end of a safeguard's effectiveness range a result uses; plans are chosen with EXPECTED. */
public enum Estimate {
    LOW, EXPECTED, HIGH
}
