package dev.custody.network.transfer;

import dev.custody.network.OrganizationInput;
import dev.custody.network.SupplyLinkInput;
import java.util.List;

/**
 * What an import will create once every row passed: organizations with temporary negative ids, and links
 * whose negative buyer or supplier ids point at those organizations.
 */
public record ImportPlan(List<PlannedOrganization> organizations, List<PlannedLink> links) {

    public record PlannedOrganization(int row, long temporaryId, OrganizationInput input) {
    }

    public record PlannedLink(int row, SupplyLinkInput input) {
    }
}
