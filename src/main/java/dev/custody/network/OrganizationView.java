package dev.custody.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.custody.scoring.ScoreSummary;
import java.time.Instant;

/** An organization as the API returns it; lists add its current score (own and inherited, with their ranges). */
public record OrganizationView(Long id, String name, OrganizationKind kind, String hqCountry, Ownership ownership,
        String parentCompany, String parentCountry, String description, Integer tier, Instant createdAt,
        Instant updatedAt, long version, @JsonInclude(JsonInclude.Include.NON_NULL) ScoreSummary score) {

    public static OrganizationView of(Organization o) {
        return of(o, null);
    }

    public static OrganizationView of(Organization o, ScoreSummary score) {
        return new OrganizationView(o.id, o.name, o.kind, o.hqCountry, o.ownership, o.parentCompany, o.parentCountry,
                o.description, o.tier, o.createdAt, o.updatedAt, o.version, score);
    }
}
