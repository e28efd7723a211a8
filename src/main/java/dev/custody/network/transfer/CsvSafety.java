package dev.custody.network.transfer;

/** Text that a spreadsheet program would run as a formula is written with a leading single quote. */
final class CsvSafety {
    private CsvSafety() {
    }

    static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String escape(String value) {
        return risky(value) ? "'" + value : value;
    }
}
