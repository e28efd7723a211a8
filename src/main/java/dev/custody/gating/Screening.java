package dev.custody.gating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The restriction lists a decision screens against (the seeded Section 889 / FCC parties, the imported
 * Consolidated Screening List) and the similarity from which a close name needs adjudication.
 */
public record Screening(List<PartyIndex> lists, double threshold) {
    /** Candidates shown per screened name at most. */
    static final int MAX_CANDIDATES = 3;

    public static Screening of(List<GateFacts.Party> parties, double threshold) {
        return new Screening(List.of(PartyIndex.of(parties)), threshold);
    }

    /** The first list entry whose normalised name or alias equals the name's, or null. */
    public PartyIndex.Hit exact(String name) {
        if (name == null) {
            return null;
        }
        for (PartyIndex list : lists) {
            PartyIndex.Hit hit = list.exact(name);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The most similar entries at or above the threshold, over every list. */
    public List<PartyIndex.Hit> close(String name) {
        if (name == null) {
            return List.of();
        }
        List<PartyIndex.Hit> hits = new ArrayList<>();
        lists.forEach(list -> hits.addAll(list.close(name, threshold, MAX_CANDIDATES)));
        return hits.stream().sorted(Comparator.comparingDouble(PartyIndex.Hit::similarity).reversed())
                .limit(MAX_CANDIDATES).toList();
    }
}
