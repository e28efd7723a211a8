package dev.custody.network;

import java.time.Instant;

/** An organization as the API returns it. */
public record OrganizationView(Long id, String name, OrganizationKind kind, String hqCountry, Ownership ownership,
        String parentCompany, String parentCountry, String description, Integer tier, Instant createdAt,
        Instant updatedAt, long version) {

    public static OrganizationView of(Organization o) {
        return new OrganizationView(o.id, o.name, o.kind, o.hqCountry, o.ownership, o.parentCompany, o.parentCountry,
                o.description, o.tier, o.createdAt, o.updatedAt, o.version);
    }
}
