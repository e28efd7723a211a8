package dev.custody.indicators;

import dev.custody.web.FieldErrors;
import java.util.Locale;

/** What an indicator import names besides its file, as sent (form fields or query parameters). */
public record IndicatorRequest(String name, String direction, String weight, String description, String source) {
    static final int MAX_NAME = 100;

    /** The checked fields; every bad one is reported at once (400), before the file is read. */
    public record Checked(String name, IndicatorDirection direction, double weight, String description,
            String source) {
    }

    public Checked check() {
        FieldErrors errors = new FieldErrors();
        String n = name == null ? "" : name.trim();
        errors.check(!n.isEmpty(), "name", "must not be blank");
        errors.check(n.length() <= MAX_NAME, "name", "must be at most " + MAX_NAME + " characters");
        IndicatorDirection d = null;
        try {
            d = direction == null ? null : IndicatorDirection.valueOf(direction.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            d = null;
        }
        errors.check(d != null, "direction", "must be HIGHER_IS_RISKIER or HIGHER_IS_SAFER");
        double w = -1;
        try {
            w = weight == null ? -1 : Double.parseDouble(weight.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            w = -1;
        }
        errors.check(w >= 0 && Double.isFinite(w), "weight", "must be a number of 0 or more (its weight in G)");
        errors.check(description == null || description.length() <= 2000, "description", "must be at most 2000 characters");
        errors.check(source == null || source.length() <= 500, "source", "must be at most 500 characters");
        errors.throwIfAny();
        return new Checked(n, d, w, blankToNull(description), blankToNull(source));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
