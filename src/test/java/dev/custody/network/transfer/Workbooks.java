package dev.custody.network.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files for the tests: workbooks with POI and CSV text. */
final class Workbooks {
    static final List<String> ORGANIZATION_HEADER = ImportTable.ORGANIZATIONS.headers();
    static final List<String> LINK_HEADER = ImportTable.SUPPLY_LINKS.headers();

    private Workbooks() {
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A workbook with both sheets; rows are cell values, numbers stay numeric cells. */
    static byte[] xlsx(List<List<Object>> organizations, List<List<Object>> links) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook.createSheet("Organizations"), ORGANIZATION_HEADER, organizations);
            sheet(workbook.createSheet("Supply links"), LINK_HEADER, links);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<String> header, List<List<Object>> rows) {
        write(sheet.createRow(0), List.copyOf(header));
        for (int i = 0; i < rows.size(); i++) {
            write(sheet.createRow(i + 1), rows.get(i));
        }
    }

    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    static List<Object> organization(String name, String kind, String country) {
        return List.of(name, kind, country, "PRIVATE", "", "", "Imported in a test");
    }

    static List<Object> link(String buyer, String supplier, String item, Object share) {
        return List.of(buyer, supplier, item, "ASSEMBLY", share, "CRITICAL");
    }
}
