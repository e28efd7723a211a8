package dev.custody.reports.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** A table on a sheet: a frozen header row, rows of values in the columns' formats, and an autofilter. */
public final class Table {
    private final Workbook wb;
    private final SXSSFSheet sheet;
    private final List<Workbook.Column> columns;
    private final int headerRow;
    private int next;

    Table(Workbook wb, SXSSFSheet sheet, List<Workbook.Column> columns, int headerRow) {
        this.wb = wb;
        this.sheet = sheet;
        this.columns = columns;
        this.headerRow = headerRow;
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).name());
            cell.setCellStyle(wb.header());
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        next = headerRow + 1;
    }

    /** Appends a row; values in column order (Number, String, Boolean, Instant, LocalDate or null). */
    public Table row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            Cells.value(wb, row, c, values[c], columns.get(c).format());
        }
        return this;
    }

    public SXSSFSheet sheet() {
        return sheet;
    }

    /** Index of the first row after the header. */
    public int firstDataRow() {
        return headerRow + 1;
    }

    /** Index of the last row written (the header row when none). */
    public int lastRow() {
        return next - 1;
    }

    /** Sets the autofilter over the header and the rows written; call after the last row. */
    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns.size() - 1));
    }
}
