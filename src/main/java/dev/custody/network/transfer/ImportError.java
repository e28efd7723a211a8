package dev.custody.network.transfer;

/** One problem of an import: the sheet, the row as the spreadsheet numbers it (header = 1), the column and why. */
public record ImportError(String sheet, int row, String column, String message) {

    /** The problem+json field name, such as Organizations!row 5!hq_country. */
    public String field() {
        return sheet + "!row " + row + (column == null ? "" : "!" + column);
    }
}
