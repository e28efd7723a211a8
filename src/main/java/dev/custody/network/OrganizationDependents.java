package dev.custody.network;

import java.util.Map;

/**
 * Records of another feature that hang on an organization (an engagement, for example), so that deleting the
 * organization or changing its kind names them instead of silently cascading. Features outside network implement it
 * as a CDI bean; network does not depend on them.
 */
public interface OrganizationDependents {
    /** How many records of each kind (singular noun, such as "engagement") keep this organization from being deleted. */
    Map<String, Long> count(long organizationId);

    /** Those of them that exist only for a vendor, so the organization must stay a vendor while they do. */
    Map<String, Long> countAsVendor(long organizationId);
}
