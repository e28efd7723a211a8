package dev.custody.gating;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import dev.custody.network.Names;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalises organization and party names for screening: case, accents, punctuation and legal suffixes
 * (Co., Ltd., Inc., Corporation ...) do not tell two names apart; nor do width, invisible characters (Names.clean)
 * and, in the skeleton form, letters of other scripts that look the same (Unicode TR39 confusables).
 */
public final class PartyNames {
    private static final Set<String> LEGAL_WORDS = Set.of("co", "company", "corp", "corporation", "inc",
            "incorporated", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "sas", "bv", "nv", "kk", "oy", "ab",
            "pte", "pty", "srl", "spa", "the", "llp", "lp", "sarl", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao",
            "bhd", "sdn", "kft", "sro", "kg");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** TR39 skeletons: each character mapped to the prototype it is confusable with ("Т" Cyrillic -> "T"). */
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
    /** The legal-form words as they read after the skeleton mapping ("LIMITED" becomes "llmlted"). */
    private static final Set<String> SKELETON_LEGAL_WORDS = LEGAL_WORDS.stream()
            .map(word -> words(skeletonOf(word), Set.of())).collect(Collectors.toUnmodifiableSet());

    private PartyNames() {
    }

    /** Lower case words without accents, punctuation or legal-form words (Z.T.E. = ZTE); "" for a blank name. */
    public static String normalise(String name) {
        return name == null ? "" : words(Names.clean(name), LEGAL_WORDS);
    }

    /**
     * The confusable skeleton of a name (Unicode TR39, ICU's SpoofChecker), then normalised like normalise: letters
     * that look alike read as one ("ZТЕ Corporation" with Cyrillic Т and Е, "ZTE Corporation" and "ZTE Corp" all
     * give "zte"). The name is upper-cased first, so lower-case look-alikes (Cyrillic "т") map as their capitals do.
     */
    public static String skeleton(String name) {
        return name == null ? "" : words(skeletonOf(Names.clean(name)), SKELETON_LEGAL_WORDS);
    }

    /**
     * The scripts of a name's letters (Latin, Cyrillic, Greek ...), by name, sorted; digits, punctuation and
     * combining marks belong to none. Two names with the same skeleton but different scripts are a look-alike
     * written with another script's letters, not two spellings of the same word.
     */
    public static Set<String> scripts(String name) {
        Set<String> scripts = new TreeSet<>();
        if (name == null) {
            return scripts;
        }
        Names.clean(name).codePoints().filter(Character::isLetter).map(UScript::getScript)
                .filter(script -> script != UScript.COMMON && script != UScript.INHERITED)
                .forEach(script -> scripts.add(UScript.getName(script)));
        return scripts;
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

    private static String skeletonOf(String text) {
        return CONFUSABLES.getSkeleton(UCharacter.toUpperCase(Locale.ROOT, text));
    }

    private static String words(String text, Set<String> legalWords) {
        String marked = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String plain = SEPARATORS.matcher(marked.toLowerCase(Locale.ROOT).replace(".", "").replace("&", " and "))
                .replaceAll(" ").trim();
        List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
        words.removeIf(w -> w.isEmpty() || legalWords.contains(w));
        return String.join(" ", words);
    }

    /** Whether the two spellings use different scripts (a look-alike across scripts, not a respelling). */
    static boolean otherScript(String a, String b) {
        return !scripts(a).equals(scripts(b));
    }
}
