package dev.custody.network;

/** Filters of the organization list; null means "any". */
public record OrganizationFilter(String q, String country, OrganizationKind kind, Integer tier, Criticality criticality) {
    public static final OrganizationFilter ALL = new OrganizationFilter(null, null, null, null, null);
}
