package dev.custody.network.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the rows of one streamed sheet as text: the first non-blank row is the header, every later non-blank
 * row a data row counted against the row limit, so that reading stops at the first row too many.
 */
final class SheetRows implements SheetContentsHandler {
    private static final String ERROR_PREFIX = "ERROR:";
    private static final int MAX_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    private final ImportTable table;
    private final RowLimit limit;
    private final List<RawRow> rows = new ArrayList<>();
    private HeaderRow header;
    private List<String> cells = new ArrayList<>();
    private Map<Integer, String> errors = new HashMap<>();
    private int column;
    private String cellType;

    SheetRows(ImportTable table, RowLimit limit) {
        this.table = table;
        this.limit = limit;
    }

    List<RawRow> rows() {
        return rows;
    }

    /** The t attribute of the cell about to be reported: the handler's text alone cannot tell an error from text. */
    void cellType(String type) {
        cellType = type;
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
        errors = new HashMap<>();
        column = -1;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        column = reference == null ? column + 1 : new CellReference(reference).getCol();
        if (column < 0 || column > MAX_COLUMN) {
            throw XlsxReader.notAWorkbook();
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        if ("e".equals(cellType) && value != null) {
            errors.put(column, value.startsWith(ERROR_PREFIX) ? value.substring(ERROR_PREFIX.length()) : value);
        } else {
            cells.set(column, text(value));
        }
    }

    /** Numbers as stored, never as their cell format shows them: a share of 0.125 shown as 13% stays 0.125. */
    private String text(String value) {
        boolean number = cellType == null || "n".equals(cellType);
        if (!number || value == null || value.isBlank()) {
            return value;
        }
        try {
            double parsed = Double.parseDouble(value);
            return Double.isFinite(parsed) ? NumberToTextConverter.toText(parsed) : value;
        } catch (NumberFormatException e) {
            return value;
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (header == null) {
            header = HeaderRow.match(table, cells, "sheet \"" + table.sheet() + "\"");
            return;
        }
        limit.count();
        rows.add(new RawRow(rowNum + 1, header.values(cells), problems()));
    }

    private Map<String, String> problems() {
        Map<String, String> problems = new HashMap<>();
        errors.forEach((index, error) -> {
            String name = header.columnAt(index);
            if (name != null) {
                problems.put(name, "holds the spreadsheet error " + error);
            }
        });
        return problems;
    }
}
