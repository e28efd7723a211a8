package dev.custody.gating;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises organization and party names for screening: case, accents, punctuation and legal suffixes
 * (Co., Ltd., Inc., Corporation ...) do not tell two names apart.
 */
public final class PartyNames {
    private static final Set<String> LEGAL_WORDS = Set.of("co", "company", "corp", "corporation", "inc",
            "incorporated", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "sas", "bv", "nv", "kk", "oy", "ab",
            "pte", "pty", "srl", "spa", "the", "llp", "lp", "sarl", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao",
            "bhd", "sdn", "kft", "sro", "kg");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PartyNames() {
    }

    /** Lower case words without accents, punctuation or legal-form words (Z.T.E. = ZTE); "" for a blank name. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String marked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String plain = SEPARATORS.matcher(marked.toLowerCase(Locale.ROOT).replace(".", "").replace("&", " and "))
                .replaceAll(" ").trim();
        List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
        words.removeIf(w -> w.isEmpty() || LEGAL_WORDS.contains(w));
        return String.join(" ", words);
    }

    /** The name and each alias of a list entry ("; " separated), normalised, blanks left out. */
    public static List<String> all(String name, String aliases) {
        List<String> names = new ArrayList<>();
        names.add(normalise(name));
        if (aliases != null) {
            for (String alias : aliases.split(";")) {
                names.add(normalise(alias));
            }
        }
        names.removeIf(String::isEmpty);
        return names.stream().distinct().toList();
    }
}
