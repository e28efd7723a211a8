package dev.custody.gating;

import java.util.List;

/**
 * The candidate party a screened organization matched, for the decision record and the adjudicator.
 *
 * @param organization the organization of the tier tree or custody chain
 * @param screenedName the name compared: the organization's own or its parent company's
 * @param where "tier tree" or "custody chain"
 * @param path the names from the vendor down to the organization
 * @param party the list entry's name
 * @param list the list it is on (for imported entries the screening list's source column)
 * @param matchedName the entry's name or alias that matched, as the list spells it
 * @param similarity Jaro-Winkler similarity of the normalised names, 1 for an exact match
 */
public record ScreeningMatch(String organization, String screenedName, String where, List<String> path,
        String party, String list, String matchedName, double similarity) {
}
