package dev.custody.economics.engagement;

import dev.custody.network.OrganizationDependents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A vendor's engagement keeps the organization from being deleted and from stopping being a vendor. */
@ApplicationScoped
public class EngagementDependents implements OrganizationDependents {
    @Override
    public Map<String, Long> count(long organizationId) {
        return Map.of("engagement", Engagement.count("organization.id", organizationId));
    }

    @Override
    public Map<String, Long> countAsVendor(long organizationId) {
        return count(organizationId);
    }
}
