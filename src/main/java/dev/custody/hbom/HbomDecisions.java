package dev.custody.hbom;

import dev.custody.network.Criticality;
import dev.custody.network.OrganizationKind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the analyst decided on a preview, sent with the confirmation: per organization (by the key the preview
 * gives it) an existing organization to use or a new one to create, with its country and kind; per supply link
 * (by its key, the place of its component in the BOM) a share or criticality other than the default.
 */
public record HbomDecisions(Map<String, OrganizationDecision> organizations, Map<String, LinkDecision> links) {
    public static final HbomDecisions NONE = new HbomDecisions(Map.of(), Map.of());

    /** Either organizationId (use that stored organization) or create; hqCountry and kind for one created. */
    public record OrganizationDecision(Long organizationId, Boolean create, String hqCountry, OrganizationKind kind) {
    }

    /** A share (0..1) or criticality replacing the default; null keeps it. */
    public record LinkDecision(BigDecimal share, Criticality criticality) {
    }

    public HbomDecisions {
        organizations = organizations == null ? Map.of() : Map.copyOf(organizations);
        links = links == null ? Map.of() : Map.copyOf(links);
    }

    OrganizationDecision organization(String key) {
        return organizations.get(key);
    }

    LinkDecision link(String key) {
        return links.get(key);
    }
}
