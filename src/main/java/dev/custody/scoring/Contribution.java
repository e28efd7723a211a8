package dev.custody.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One part of the explanation of a score: what contributed (a dimension, factor, incident, site, supplier,
 * custody leg or rule), in words, how many points (0..100 scale) it added, and a reference to what it is about
 * (null for explanations stored before references existed, and for the parts that are about no record).
 */
public record Contribution(Kind kind, String label, double points, String detail, Ref ref) {
    /** What a contribution is about. */
    public enum Kind { DIMENSION, FACTOR, INCIDENT, SITE, COUNTRY_RULE, INDICATOR, SUPPLIER, CUSTODY_LEG, FLOOR }

    /** The three dimensions of an own score, as the code of a DIMENSION contribution. */
    public enum Dimension { GEOGRAPHY, INSIDER, INCIDENT, OWN }

    /**
     * What a contribution is about, by kind. id: the supply link (SUPPLIER), custody leg (CUSTODY_LEG), site
     * (SITE), incident (INCIDENT) or assessment (FACTOR; absent when never assessed). organizationId: the
     * supplier (SUPPLIER) or the leg's handler (CUSTODY_LEG). code: the Dimension (DIMENSION), InsiderFactor
     * (FACTOR), IncidentStatus (INCIDENT) or the country's ISO code (COUNTRY_RULE, INDICATOR, SITE).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ref(Long id, Long organizationId, String code) {
        static Ref code(Enum<?> code) {
            return code == null ? null : new Ref(null, null, code.name());
        }
    }

    /** A contribution about no particular record. */
    public Contribution(Kind kind, String label, double points, String detail) {
        this(kind, label, points, detail, null);
    }

    /** The supplier organization or custody-leg handler this contribution is about, or null. */
    public Long organizationId() {
        return ref == null ? null : ref.organizationId();
    }

    /** The code of what this contribution is about (see Ref), or null. */
    public String code() {
        return ref == null ? null : ref.code();
    }
}
