package dev.custody.hbom;

import dev.custody.gating.NameSimilarity;
import dev.custody.gating.PartyIndex;
import dev.custody.gating.PartyNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stored organizations a company name from a BOM means. The one place where the HBOM import compares
 * names: today with the screening's normalisation (PartyNames: case, accents, punctuation, legal forms) and
 * Jaro-Winkler similarity; a stronger normalisation (NFKC, confusable skeletons) slots in here.
 */
final class OrganizationMatcher {
    /** A stored organization a name may mean, and how similar the normalised names are (1 when equal). */
    record Candidate(long id, String name, String hqCountry, double similarity) {
    }

    /** Stored organizations whose normalised name equals the name's, else those at least the threshold similar. */
    record Match(List<Candidate> equal, List<Candidate> close) {
    }

    private record Stored(long id, String name, String hqCountry, String key) {
    }

    private static final int MAX_CLOSE = 5;

    private final double threshold;
    private final Map<String, List<Stored>> byKey = new HashMap<>();
    private final Map<String, List<Stored>> blocks = new HashMap<>();

    private OrganizationMatcher(double threshold) {
        this.threshold = threshold;
    }

    /** From stored organizations as rows of id, name and headquarters country. */
    static OrganizationMatcher of(List<Object[]> organizations, double threshold) {
        OrganizationMatcher matcher = new OrganizationMatcher(threshold);
        for (Object[] row : organizations) {
            Stored stored = new Stored((Long) row[0], (String) row[1], (String) row[2], key((String) row[1]));
            matcher.byKey.computeIfAbsent(stored.key(), k -> new ArrayList<>()).add(stored);
            for (String block : PartyIndex.keys(stored.key())) {
                matcher.blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(stored);
            }
        }
        return matcher;
    }

    /** The name as compared: two names with the same key are the same company. */
    static String key(String name) {
        String normalised = PartyNames.normalise(name);
        return normalised.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : normalised;
    }

    Match match(String name) {
        String key = key(name);
        List<Candidate> equal = byKey.getOrDefault(key, List.of()).stream()
                .map(s -> new Candidate(s.id(), s.name(), s.hqCountry(), 1.0)).toList();
        if (!equal.isEmpty()) {
            return new Match(equal, List.of());
        }
        Set<Stored> compared = new LinkedHashSet<>();
        PartyIndex.keys(key).forEach(block -> compared.addAll(blocks.getOrDefault(block, List.of())));
        List<Candidate> close = new ArrayList<>();
        for (Stored stored : compared) {
            double similarity = NameSimilarity.of(key, stored.key());
            if (similarity >= threshold) {
                close.add(new Candidate(stored.id(), stored.name(), stored.hqCountry(), similarity));
            }
        }
        close.sort(Comparator.comparingDouble(Candidate::similarity).reversed().thenComparing(Candidate::name));
        return new Match(List.of(), close.size() <= MAX_CLOSE ? close : close.subList(0, MAX_CLOSE));
    }
}
