package dev.custody.gating;

/**
 * How similar two normalised names are, 0 (nothing in common) to 1 (equal), from the Jaro-Winkler similarity of
 * their words: the share of characters two words have in common near the same place, less transpositions, raised
 * for a common prefix of up to four characters (scaling 0.1). Typos and dropped letters keep it high.
 */
public final class NameSimilarity {
    private static final double PREFIX_SCALE = 0.1;
    private static final int MAX_PREFIX = 4;

    private NameSimilarity() {
    }

    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        double jaro = jaro(a, b);
        int prefix = 0;
        while (prefix < Math.min(MAX_PREFIX, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }

    /**
     * Similarity of two normalised names as word sequences: each word of one name is paired with its most similar
     * word of the other (Jaro-Winkler), averaged weighted by word length, in both directions and the two averaged.
     * Word order does not matter, a misspelt word costs little, a different word costs its share: "velmarine
     * logistic" is 0.99 like "velmarine logistics", "velmarine shipping" only 0.78.
     */
    public static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        return of(a.split(" "), b.split(" "));
    }

    /** As of(String, String) for names already split into words. */
    static double of(String[] wordsA, String[] wordsB) {
        return (aligned(wordsA, wordsB) + aligned(wordsB, wordsA)) / 2;
    }

    private static double aligned(String[] from, String[] to) {
        double weighted = 0;
        int length = 0;
        for (String word : from) {
            double best = 0;
            for (String other : to) {
                best = Math.max(best, jaroWinkler(word, other));
            }
            weighted += best * word.length();
            length += word.length();
        }
        return length == 0 ? 0 : weighted / length;
    }

    private static double jaro(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] usedA = new boolean[a.length()];
        boolean[] usedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
                    usedA[i] = true;
                    usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (usedA[i]) {
                while (!usedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
    }
}
