package dev.custody.network.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the Organizations and Supply links sheets of an .xlsx workbook as text. Formulas are never evaluated:
 * a formula cell gives the value Excel cached when it saved the file.
 */
final class XlsxReader {
    /** No part of a workbook we accept unpacks to more than this; together with the 5 MB upload limit it stops zip bombs. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        // POI's limits are global; these are POI's own default ratio and a far lower entry cap than its 4 GB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxReader() {
    }

    static ImportFile read(Path path, int maxRows) {
        OPCPackage pkg = open(path);
        try {
            return rows(new XSSFWorkbook(pkg), new RowLimit(maxRows));
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | RecordFormatException e) {
            throw unreadable(e);
        } finally {
            // revert, not close: the package is read-only and close() would try to save it
            pkg.revert();
        }
    }

    private static OPCPackage open(Path path) {
        try {
            return OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | UnsupportedFileFormatException | OpenXML4JRuntimeException | POIXMLException e) {
            throw unreadable(e);
        }
    }

    private static ImportFileException unreadable(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("zip bomb") || message.contains("exceeds the max")) {
            return ImportFileException.unreadable("The workbook unpacks to far more data than its size suggests "
                    + "(a possible zip bomb); it was not read.");
        }
        return ImportFileException.unreadable("The file is not an Excel .xlsx workbook that can be read; "
                + "open it in Excel and save it again as .xlsx.");
    }

    private static ImportFile rows(XSSFWorkbook workbook, RowLimit limit) {
        Sheet organizations = sheet(workbook, ImportTable.ORGANIZATIONS);
        Sheet links = sheet(workbook, ImportTable.SUPPLY_LINKS);
        if (organizations == null && links == null) {
            throw ImportFileException.unreadable("The workbook has neither an \"Organizations\" nor a \"Supply links\" "
                    + "sheet; download the template to see the expected layout.");
        }
        return new ImportFile(rows(organizations, ImportTable.ORGANIZATIONS, limit),
                rows(links, ImportTable.SUPPLY_LINKS, limit));
    }

    private static Sheet sheet(XSSFWorkbook workbook, ImportTable table) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().trim().equalsIgnoreCase(table.sheet())) {
                return sheet;
            }
        }
        return null;
    }

    private static List<RawRow> rows(Sheet sheet, ImportTable table, RowLimit limit) {
        List<RawRow> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        HeaderRow header = null;
        for (Row row : sheet) {
            List<String> cells = cells(row);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (header == null) {
                header = HeaderRow.match(table, cells, "sheet \"" + table.sheet() + "\"");
                continue;
            }
            limit.count();
            rows.add(new RawRow(row.getRowNum() + 1, header.values(cells), problems(row, header)));
        }
        return rows;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> null;
        };
    }

    private static Map<String, String> problems(Row row, HeaderRow header) {
        Map<String, String> problems = new HashMap<>();
        for (Cell cell : row) {
            String column = header.columnAt(cell.getColumnIndex());
            boolean error = cell.getCellType() == CellType.ERROR
                    || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
            if (column != null && error) {
                problems.put(column, "holds the spreadsheet error " + FormulaError.forInt(cell.getErrorCellValue()).getString());
            }
        }
        return problems;
    }
}
