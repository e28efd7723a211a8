package dev.custody.hbom;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The countries Custody knows, found by two-letter code or by name as a BOM's address may write them. */
final class Countries {
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    /** From rows of ISO 3166 code and name. */
    Countries(List<Object[]> rows) {
        for (Object[] row : rows) {
            String code = (String) row[0];
            byCode.put(code, code);
            byName.put(((String) row[1]).toLowerCase(Locale.ROOT), code);
        }
    }

    /** The code of "TW", "tw" or "Taiwan"; null when unknown. */
    String code(String text) {
        String value = text.strip();
        String code = byCode.get(value.toUpperCase(Locale.ROOT));
        return code != null ? code : byName.get(value.toLowerCase(Locale.ROOT));
    }
}
