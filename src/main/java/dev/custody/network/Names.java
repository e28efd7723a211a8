package dev.custody.network;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * Organization names as Custody stores and compares them. Stored: Unicode NFKC (full-width and compatibility forms
 * become their plain letters), invisible characters (zero-width space and joiners, word joiner, byte-order mark,
 * soft hyphen, variation selectors: Unicode's default-ignorable characters) removed, runs of white space one space,
 * trimmed. Characters that reorder the text (bidirectional controls such as the right-to-left override) are refused
 * by the input checks, never stored. Compared: the stored form case-folded (NFKC_Casefold), so names that read the
 * same are the same name.
 */
public final class Names {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final UnicodeSet BIDI_CONTROLS = new UnicodeSet("[:Bidi_Control:]").freeze();
    private static final UnicodeSet INVISIBLE = new UnicodeSet("[:Default_Ignorable_Code_Point:]").freeze();
    private static final UnicodeSet WHITE_SPACE = new UnicodeSet("[:White_Space:]").freeze();
    /** The message beside a field that holds a bidirectional control character. */
    public static final String BIDI_REFUSAL = "contains an invisible character that changes the reading direction "
            + "(such as the right-to-left override); type the name without it";

    private Names() {
    }

    /** The name as stored: NFKC, invisible and bidirectional control characters removed, spaces collapsed; null stays. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        return collapse(NFKC.normalize(collapse(name)));
    }

    /** The form names are compared in (unique per organization): the stored form, case-folded; "" for null. */
    public static String key(String name) {
        return name == null ? "" : collapse(NFKC_CASEFOLD.normalize(clean(name)));
    }

    /** Whether the text holds a character that reorders how it reads (refused in names, with BIDI_REFUSAL). */
    public static boolean hasBidiControl(String text) {
        return text != null && BIDI_CONTROLS.containsSome(text);
    }

    /** Leaves out invisible characters (bidirectional controls are among them), one space for each run of spaces. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (INVISIBLE.contains(c)) {
                continue;
            }
            if (WHITE_SPACE.contains(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
