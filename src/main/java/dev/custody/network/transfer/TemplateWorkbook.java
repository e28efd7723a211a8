package dev.custody.network.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The downloadable import template: a Read me sheet, both tables with headers, example rows and drop-down lists. */
final class TemplateWorkbook {
    private static final List<List<String>> ORGANIZATIONS = List.of(
            List.of("Example Vendor Ltd", "VENDOR", "US", "PRIVATE", "", "", "Example row: replace or delete it"),
            List.of("Example Board Assembly Co", "CONTRACT_MANUFACTURER", "TW", "FOREIGN_OWNED", "Example Holdings",
                    "JP", "Example row: assembles the vendor's main boards"));
    private static final List<List<String>> LINKS = List.of(
            List.of("Example Vendor Ltd", "Example Board Assembly Co", "Main board assembly", "ASSEMBLY", "0.6", "CRITICAL"));
    private static final List<String> README = List.of(
            "How to import organizations and supply links into Custody",
            "Fill the sheets Organizations and Supply links (row 1 is the header; column order does not matter).",
            "A supply link names its buyer and supplier by organization name: one already in Custody or one in the "
                    + "Organizations sheet of the same file (upper or lower case does not matter).",
            "Every row is checked before anything is saved. If any row has a problem, nothing is imported and you get "
                    + "the list of problems by sheet, row and column.",
            "The import only creates records: an organization that already exists in Custody is reported, not updated.",
            "Formulas are not calculated by Custody: the value Excel shows (its saved result) is imported.",
            "A single table may also be uploaded as a UTF-8 CSV file with the same header row.");

    private TemplateWorkbook() {
    }

    static byte[] bytes(int rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = boldStyle(workbook);
            readMe(workbook.createSheet("Read me"), bold);
            table(workbook.createSheet(ImportTable.ORGANIZATIONS.sheet()), ImportTable.ORGANIZATIONS, ORGANIZATIONS, bold, rows);
            table(workbook.createSheet(ImportTable.SUPPLY_LINKS.sheet()), ImportTable.SUPPLY_LINKS, LINKS, bold, rows);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void readMe(Sheet sheet, CellStyle bold) {
        int at = 0;
        for (String line : README) {
            sheet.createRow(at++).createCell(0).setCellValue(line);
        }
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        at++;
        write(sheet.createRow(at++), List.of("Sheet", "Column", "Required", "Allowed values", "Meaning"), bold);
        for (ImportTable table : ImportTable.values()) {
            for (ImportColumn column : table.columns()) {
                write(sheet.createRow(at++), List.of(table.sheet(), column.name(), column.required() ? "yes" : "no",
                        String.join(", ", column.allowed()), column.help()), null);
            }
        }
        for (int i = 0; i < 5; i++) {
            sheet.setColumnWidth(i, (i == 3 ? 60 : i == 4 ? 90 : 18) * 256);
        }
    }

    private static void table(Sheet sheet, ImportTable table, List<List<String>> examples, CellStyle bold, int rows) {
        write(sheet.createRow(0), table.headers(), bold);
        for (int i = 0; i < examples.size(); i++) {
            write(sheet.createRow(i + 1), examples.get(i), null);
        }
        sheet.createFreezePane(0, 1);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<ImportColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, 28 * 256);
            if (!columns.get(i).allowed().isEmpty()) {
                validate(sheet, helper.createExplicitListConstraint(columns.get(i).allowed().toArray(String[]::new)), i,
                        rows, "Choose one of " + String.join(", ", columns.get(i).allowed()));
            } else if (columns.get(i).name().equals("share")) {
                validate(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1"), i,
                        rows, "A share from 0 to 1, such as 0.6");
            }
        }
    }

    private static void validate(Sheet sheet, DataValidationConstraint constraint, int column, int rows, String message) {
        DataValidation validation = sheet.getDataValidationHelper()
                .createValidation(constraint, new CellRangeAddressList(1, rows, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Not allowed", message);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.matches("\\d+\\.\\d+")) {
                row.createCell(i).setCellValue(Double.parseDouble(value));
            } else {
                row.createCell(i).setCellValue(value);
            }
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
    }
}
