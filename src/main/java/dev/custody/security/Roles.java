package dev.custody.security;

import java.util.List;

/** The realm roles of Custody; the same names are used by the embedded login and by Keycloak. */
public final class Roles {
    /** Edits the supply network: organizations, sites, links, custody legs, incidents, assessments. */
    public static final String ANALYST = "risk-analyst";
    /** Reads everything and downloads reports. */
    public static final String EXECUTIVE = "executive";
    /** Submits purchase requests to the procurement gate. */
    public static final String PROCUREMENT = "procurement";
    /**
     * Grants overrides of procurement-gate decisions (with a justification, never on a request they raised or
     * decided); given together with procurement, as it adds no reading rights of its own.
     */
    public static final String APPROVER = "approver";
    /** Everything, including reference data, users and the scoring model. */
    public static final String ADMIN = "admin";
    /** Every role, in the order the pages list them. */
    public static final List<String> ALL = List.of(ANALYST, EXECUTIVE, PROCUREMENT, APPROVER, ADMIN);

    private Roles() {
    }
}
