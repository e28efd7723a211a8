package dev.custody.gating;

import dev.custody.network.Criticality;
import dev.custody.web.FieldErrors;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The filters of the procurement queue as the page and the API take them: state (the outcome in force, or an
 * override requested), vendor, deployment criticality, overdue conditions, marked for review. Nulls and false
 * filter nothing; a value that cannot be read is a 400 naming its field.
 */
public record QueueFilter(GateOutcome outcome, boolean overrideRequested, Long vendorId, Criticality criticality,
        boolean overdue, boolean review) {
    /** The state that is not an outcome: an override request waits for an answer. */
    public static final String OVERRIDE_REQUESTED = "OVERRIDE_REQUESTED";

    public static QueueFilter none() {
        return new QueueFilter(null, false, null, null, false, false);
    }

    public static QueueFilter parse(String state, String vendor, String criticality, String overdue, String review) {
        FieldErrors errors = new FieldErrors();
        GateOutcome outcome = null;
        boolean overrideRequested = false;
        String s = name(state);
        if (OVERRIDE_REQUESTED.equals(s)) {
            overrideRequested = true;
        } else if (s != null) {
            outcome = parseEnum(GateOutcome.class, s, "state", errors, OVERRIDE_REQUESTED);
        }
        Long vendorId = null;
        if (blank(vendor) != null) {
            try {
                vendorId = Long.valueOf(vendor.strip());
            } catch (NumberFormatException e) {
                errors.add("vendor", "must be the id of a vendor, a whole number");
            }
        }
        String c = name(criticality);
        Criticality level = c == null ? null : parseEnum(Criticality.class, c, "criticality", errors, null);
        boolean late = flag(overdue, "overdue", errors);
        boolean marked = flag(review, "review", errors);
        errors.throwIfAny();
        return new QueueFilter(outcome, overrideRequested, vendorId, level, late, marked);
    }

    /** The state as the page's select names it. */
    public String state() {
        return overrideRequested ? OVERRIDE_REQUESTED : outcome == null ? null : outcome.name();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, FieldErrors errors,
            String extra) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(field, "must be one of " + allowed + (extra == null ? "" : ", " + extra));
            return null;
        }
    }

    private static boolean flag(String value, String field, FieldErrors errors) {
        String v = blank(value);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        errors.add(field, "must be true or false");
        return false;
    }

    /** Upper case with dashes as underscores, so that approve-with-conditions reads as APPROVE_WITH_CONDITIONS. */
    private static String name(String value) {
        String v = blank(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
