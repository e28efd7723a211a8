package dev.custody.hbom;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.custody.network.Criticality;
import dev.custody.network.ItemKind;
import dev.custody.network.OrganizationKind;
import dev.custody.web.FieldError;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an HBOM import would do (dry run) or did: each company of the BOM matched, new or to confirm, each supply
 * link new or already recorded, restricted parties found, notes, and the decisions the confirmation still needs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HbomReport(long organizationId, String organizationName, String fileName, String format,
        String specVersion, String product, int components, boolean dryRun, List<OrganizationRow> organizations,
        List<LinkRow> links, List<Screened> restrictedParties, List<FieldError> notes,
        List<FieldError> decisionsNeeded, int organizationsCreated, int linksCreated) {

    /** How a company of the BOM is taken: a stored organization, a new one, or one the analyst must choose. */
    public enum Match {
        EXISTING, NEW, UNCERTAIN
    }

    /** Whether a link is to be created or is recorded already (and is left as it is). */
    public enum LinkStatus {
        NEW, EXISTING
    }

    /** A stored organization a name may mean, with the similarity of the normalised names. */
    public record Candidate(long id, String name, String hqCountry, double similarity) {
    }

    /**
     * A company of the BOM: key names it in decisions; organizationId is the stored organization it is (EXISTING);
     * hqCountry and kind are those of a new one (null when the BOM gives no country and none was chosen).
     */
    public record OrganizationRow(String key, String name, Match match, Long organizationId, String hqCountry,
            OrganizationKind kind, List<Candidate> candidates, List<String> components) {
    }

    /** A supply link: key (the place of its component in the BOM) names it in decisions. */
    public record LinkRow(String key, String component, String buyer, String supplier, String item, ItemKind itemKind,
            BigDecimal share, Criticality criticality, LinkStatus status) {
    }

    /** A company of the BOM on a restriction list: exact (the gate rejects) or close (needs adjudication). */
    public record Screened(String organization, boolean exact, String party, String list, String matchedName,
            double similarity, String text) {
    }

    /** True when the confirmation can import as it is. */
    public boolean ready() {
        return decisionsNeeded.isEmpty();
    }
}
