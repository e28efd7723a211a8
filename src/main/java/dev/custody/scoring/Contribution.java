package dev.custody.scoring;

/**
 * One part of the explanation of a score: what contributed (a dimension, factor, incident, site, supplier,
 * custody leg or rule), in words, and how many points (0..100 scale) it added.
 */
public record Contribution(Kind kind, String label, double points, String detail) {
    /** What a contribution is about. */
    public enum Kind { DIMENSION, FACTOR, INCIDENT, SITE, COUNTRY_RULE, INDICATOR, SUPPLIER, CUSTODY_LEG, FLOOR }
}
