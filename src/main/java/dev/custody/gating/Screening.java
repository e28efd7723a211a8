package dev.custody.gating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The restriction lists a decision screens against (the seeded Section 889 / FCC parties, the imported
 * Consolidated Screening List) and the similarity from which a close name needs adjudication.
 *
 * <p>An instance is immutable in what it answers, so it remembers each name's answers for its life: the same
 * subcontractor sits in the trees of hundreds of vendors, and normalising, skeletonising and comparing it again for
 * every vendor made one deep edit at 10,000 organizations take over 20 seconds (the standings above it). The
 * screening service keeps one instance while the lists stay the same.
 */
public final class Screening {
    /** Candidates shown per screened name at most. */
    static final int MAX_CANDIDATES = 3;

    private final List<PartyIndex> lists;
    private final double threshold;
    private final Map<String, Optional<PartyIndex.Hit>> exact = new ConcurrentHashMap<>();
    private final Map<String, List<PartyIndex.Hit>> close = new ConcurrentHashMap<>();

    public Screening(List<PartyIndex> lists, double threshold) {
        this.lists = List.copyOf(lists);
        this.threshold = threshold;
    }

    public static Screening of(List<GateFacts.Party> parties, double threshold) {
        return new Screening(List.of(PartyIndex.of(parties)), threshold);
    }

    public List<PartyIndex> lists() {
        return lists;
    }

    public double threshold() {
        return threshold;
    }

    /** The first list entry whose normalised name or alias equals the name's, or null. */
    public PartyIndex.Hit exact(String name) {
        if (name == null) {
            return null;
        }
        return exact.computeIfAbsent(name, this::findExact).orElse(null);
    }

    private Optional<PartyIndex.Hit> findExact(String name) {
        for (PartyIndex list : lists) {
            PartyIndex.Hit hit = list.exact(name);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /** The most similar entries at or above the threshold, over every list. */
    public List<PartyIndex.Hit> close(String name) {
        if (name == null) {
            return List.of();
        }
        return close.computeIfAbsent(name, this::findClose);
    }

    private List<PartyIndex.Hit> findClose(String name) {
        List<PartyIndex.Hit> hits = new ArrayList<>();
        lists.forEach(list -> hits.addAll(list.close(name, threshold, MAX_CANDIDATES)));
        return hits.stream().sorted(Comparator.comparingDouble(PartyIndex.Hit::similarity).reversed())
                .limit(MAX_CANDIDATES).toList();
    }
}
