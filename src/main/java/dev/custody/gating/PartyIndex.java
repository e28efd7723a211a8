package dev.custody.gating;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names and aliases of restriction-list parties, normalised once and indexed: an exact match is one map
 * look-up; close matches are only compared with the names that share a block key (the first three letters of
 * a word), so screening a name costs a few blocks, not the whole list. Each name is indexed twice: normalised
 * (PartyNames.normalise) and as its confusable skeleton (PartyNames.skeleton), so a name spelt with look-alike
 * letters is found as well.
 */
public final class PartyIndex {
    private static final int KEY_LENGTH = 3;
    /** Prefix of the block keys of skeletons, apart from those of normalised names. */
    private static final String SKELETON = "~";
    private static final Set<String> FILLERS = Set.of("and", "of", "for", "de", "du", "des", "la", "le", "el", "der",
            "und", "group", "international");

    /**
     * A party whose name or alias (as the list spells it) matched, the similarity of the normalised names (or of
     * their skeletons, when higher), and whether the match is a look-alike: equal only once confusable letters are
     * read as the letters they imitate.
     */
    public record Hit(GateFacts.Party party, String matchedName, double similarity, boolean lookalike) {
    }

    private final List<String> names = new ArrayList<>();
    private final List<String[]> words = new ArrayList<>();
    private final List<String[]> skeletonWords = new ArrayList<>();
    private final List<String> spellings = new ArrayList<>();
    private final List<GateFacts.Party> owners = new ArrayList<>();
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> skeletons = new HashMap<>();
    private final Map<String, List<Integer>> blocks = new HashMap<>();

    private PartyIndex() {
    }

    public static PartyIndex of(Collection<GateFacts.Party> parties) {
        PartyIndex index = new PartyIndex();
        for (GateFacts.Party party : parties) {
            index.add(party, party.name());
            if (party.aliases() != null) {
                for (String alias : party.aliases().split(";")) {
                    index.add(party, alias.strip());
                }
            }
        }
        return index;
    }

    private void add(GateFacts.Party party, String spelling) {
        String name = PartyNames.normalise(spelling);
        if (name.isEmpty()) {
            return;
        }
        String skeleton = PartyNames.skeleton(spelling);
        int at = names.size();
        names.add(name);
        words.add(name.split(" "));
        skeletonWords.add(skeleton.split(" "));
        spellings.add(spelling);
        owners.add(party);
        exact.putIfAbsent(name, at);
        skeletons.putIfAbsent(skeleton, at);
        for (String key : keys(name)) {
            blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
        }
        for (String key : keys(skeleton)) {
            blocks.computeIfAbsent(SKELETON + key, k -> new ArrayList<>()).add(at);
        }
    }

    /** Names and aliases indexed. */
    public int size() {
        return names.size();
    }

    /**
     * The party whose normalised name or alias equals the normalised name, or whose skeleton equals the name's
     * skeleton while the two are written in different scripts ("ZТЕ" with Cyrillic letters for "ZTE"); or null.
     * A look-alike within one script ("rn" for "m", "0" for "O") is a close match for adjudication, not exact.
     */
    public Hit exact(String name) {
        Integer at = exact.get(PartyNames.normalise(name));
        if (at != null) {
            return new Hit(owners.get(at), spellings.get(at), 1.0, false);
        }
        at = skeletons.get(PartyNames.skeleton(name));
        return at == null || !PartyNames.otherScript(name, spellings.get(at)) ? null
                : new Hit(owners.get(at), spellings.get(at), 1.0, true);
    }

    /**
     * Parties with a name or alias at least as similar as the threshold (NameSimilarity.of), each party once with
     * its most similar spelling, most similar first, at most limit of them; not the party the name matches exactly.
     */
    public List<Hit> close(String name, double threshold, int limit) {
        String normalised = PartyNames.normalise(name);
        // A name of plain letters a-z can only imitate with letters of its own kind (i for l), which the spelling
        // similarity weighs already; skeletons are compared for names with other letters or digits (twice the work).
        boolean lookalikes = !normalised.chars().allMatch(c -> c == ' ' || (c >= 'a' && c <= 'z'));
        String[] skeletonSplit = lookalikes ? PartyNames.skeleton(name).split(" ") : null;
        Map<GateFacts.Party, Hit> best = new LinkedHashMap<>();
        Hit equal = exact(name);
        GateFacts.Party exactly = equal == null ? null : equal.party();
        BitSet candidates = candidates(normalised);
        if (lookalikes) {
            for (String key : keys(String.join(" ", skeletonSplit))) {
                blocks.getOrDefault(SKELETON + key, List.of()).forEach(candidates::set);
            }
        }
        String[] split = normalised.split(" ");
        for (int at = candidates.nextSetBit(0); at >= 0; at = candidates.nextSetBit(at + 1)) {
            if (owners.get(at).equals(exactly)) {
                continue;
            }
            double plain = NameSimilarity.of(split, words.get(at));
            double lookalike = lookalikes ? NameSimilarity.of(skeletonSplit, skeletonWords.get(at)) : 0;
            double similarity = Math.max(plain, lookalike);
            Hit earlier = best.get(owners.get(at));
            if (similarity >= threshold && (earlier == null || similarity > earlier.similarity())) {
                best.put(owners.get(at), new Hit(owners.get(at), spellings.get(at), similarity, lookalike > plain));
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Hit::similarity).reversed()).limit(limit)
                .toList();
    }

    /** The names that share a block key with the normalised name: the only ones compared. */
    BitSet candidates(String normalised) {
        BitSet candidates = new BitSet(names.size());
        for (String key : keys(normalised)) {
            blocks.getOrDefault(key, List.of()).forEach(candidates::set);
        }
        return candidates;
    }

    /** The first letters of each word but fillers ("and", "group" ...), or of the whole name when only fillers. */
    public static List<String> keys(String normalised) {
        List<String> keys = new ArrayList<>();
        for (String word : normalised.split(" ")) {
            if (!word.isEmpty() && !FILLERS.contains(word)) {
                keys.add(word.substring(0, Math.min(KEY_LENGTH, word.length())));
            }
        }
        if (keys.isEmpty() && !normalised.isEmpty()) {
            keys.add(normalised.substring(0, Math.min(KEY_LENGTH, normalised.length())));
        }
        return keys.stream().distinct().toList();
    }
}
