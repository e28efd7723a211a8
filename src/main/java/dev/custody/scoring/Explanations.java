package dev.custody.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shared helpers of the calculators: ordering contributions, clamping scores, numbers in words. */
final class Explanations {
    private static final Comparator<Contribution> LARGEST_FIRST =
            Comparator.comparingDouble(Contribution::points).reversed();

    private Explanations() {
    }

    /** A copy sorted largest first; equal points keep their order (the sort is stable). */
    static List<Contribution> largestFirst(List<Contribution> contributions) {
        List<Contribution> sorted = new ArrayList<>(contributions);
        sorted.sort(LARGEST_FIRST);
        return List.copyOf(sorted);
    }

    static double clamp(double score) {
        if (Double.isNaN(score)) {
            return 100.0;
        }
        return Math.max(0.0, Math.min(100.0, score));
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** A number for a sentence: at most the given decimals, no trailing zeros ("58", "48.7", "0.855"). */
    static String number(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        if (Double.isNaN(value) || Math.abs(value) * scale >= Long.MAX_VALUE) {
            return String.valueOf(value);
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String sign = scaled != 0 && value < 0 ? "-" : "";
        long whole = scaled / (long) scale;
        long fraction = scaled % (long) scale;
        if (fraction == 0) {
            return sign + whole;
        }
        String digits = String.valueOf(fraction + (long) scale).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return sign + whole + "." + digits.substring(0, end);
    }

    static String number(double value) {
        return number(value, 1);
    }

    /** A fraction as a percentage for a sentence: 0.6 -> "60 %". */
    static String percent(double fraction, int decimals) {
        return number(fraction * 100.0, decimals) + " %";
    }

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    /** A date for a sentence: "7 December 2026". */
    static String date(java.time.LocalDate date) {
        return date == null ? "an unknown date" : DATE.format(date);
    }

    /** A score rounded to the precision shown (one decimal): stored, compared and propagated as such. */
    static double rounded(double score) {
        return Math.round(score * 10.0) / 10.0;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
