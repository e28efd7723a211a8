package dev.custody.security;

/** The realm roles of Custody; the same names are used by the embedded login and by Keycloak. */
public final class Roles {
    /** Edits the supply network: organizations, sites, links, custody legs, incidents, assessments. */
    public static final String ANALYST = "risk-analyst";
    /** Reads everything and downloads reports. */
    public static final String EXECUTIVE = "executive";
    /** Submits purchase requests to the procurement gate. */
    public static final String PROCUREMENT = "procurement";
    /** Everything, including reference data, users and the scoring model. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
