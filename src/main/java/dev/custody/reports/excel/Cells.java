package dev.custody.reports.excel;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** Writes values into cells; text that a spreadsheet could take for a formula is marked as text (quote prefix). */
final class Cells {
    private Cells() {
    }

    /** Whether Excel or LibreOffice would read this text as a formula (or DDE) when typed or imported. */
    static boolean formulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    static void text(Workbook wb, Row row, int column, String text) {
        if (text == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (formulaLike(text)) {
            cell.setCellStyle(wb.quoted());
        }
    }

    /** A value by its type: numbers with the column's format, everything else as text; null leaves the cell empty. */
    static void value(Workbook wb, Row row, int column, Object value, Workbook.Format format) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n && format != Workbook.Format.TEXT) {
            Cell cell = row.createCell(column);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(wb.style(format));
        } else if (value instanceof Boolean b) {
            text(wb, row, column, b ? "yes" : "no");
        } else if (value instanceof Instant || value instanceof LocalDate) {
            text(wb, row, column, value.toString());
        } else {
            text(wb, row, column, String.valueOf(value));
        }
    }
}
