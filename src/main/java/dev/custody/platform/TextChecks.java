package dev.custody.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for control characters in text a client sends (queries, names, titles, every field of a form or a
 * JSON body): none at all (NUL, escape, DEL, C1 ...), except tab, carriage return and line feed in the free-text
 * fields that are meant to hold several lines, listed by name in MULTI_LINE_FIELDS.
 */
public final class TextChecks {
    /**
     * Field names (JSON properties and form fields alike) of multi-line free text: the textareas of the pages and
     * their API counterparts. Any other field is a single line.
     */
    public static final Set<String> MULTI_LINE_FIELDS = Set.of("summary", "description", "notes", "note", "evidenceNote",
            "evidence", "justification", "answerJustification", "reason", "overrideReason");

    private TextChecks() {
    }

    /** True when the text holds no control character at all (null counts as empty). */
    public static boolean isSingleLine(String text) {
        return firstRefused(text, false) < 0;
    }

    /** Why the text of this field is refused, in words, or empty when it is acceptable. */
    public static Optional<String> problem(String field, String text) {
        boolean multiLine = field != null && MULTI_LINE_FIELDS.contains(field);
        int at = firstRefused(text, multiLine);
        if (at < 0) {
            return Optional.empty();
        }
        String found = String.format(Locale.ROOT, "U+%04X", (int) text.charAt(at));
        return Optional.of(multiLine
                ? "must not contain control characters other than tab and line breaks (found " + found + ")"
                : "must not contain control characters such as NUL, tab or line breaks (found " + found + ")");
    }

    /** The index of the first character the rule refuses, or -1. */
    static int firstRefused(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }
}
