package dev.custody.network.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets are streamed: reading stops at the first row past the limit, and cells read as they did in a workbook. */
class XlsxStreamingTest {
    @TempDir
    Path dir;

    @Test
    void shouldStopReadingAtTheFirstRowPastTheLimitWithoutReadingTheRest() {
        List<List<Object>> organizations = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> Workbooks.organization("Org " + i, "VENDOR", "US")).toList();
        byte[] real = Workbooks.xlsx(organizations, List.of());
        // everything after row 11 is cut off mid-tag: a reader that went on would fail on it
        Path file = Zips.rewrite(real, dir.resolve("long.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> out -> out.write((xml.substring(0, xml.indexOf("<row r=\"12\"")) + "<row r=\"12\"><c r=")
                        .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> XlsxReader.read(file, 5)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.getMessage()).contains("more than 5 data rows"));
        assertThatThrownBy(() -> XlsxReader.read(file, 100)).hasMessageContaining("not an Excel .xlsx workbook");
    }

    @Test
    void shouldCountTheRowsOfBothSheetsAgainstOneLimit() throws IOException {
        List<List<Object>> organizations = List.of(Workbooks.organization("A", "VENDOR", "US"),
                Workbooks.organization("B", "VENDOR", "US"), Workbooks.organization("C", "VENDOR", "US"));
        List<List<Object>> links = List.of(Workbooks.link("A", "B", "x", 1), Workbooks.link("A", "C", "y", 1),
                Workbooks.link("B", "C", "z", 1));
        Path file = Files.write(dir.resolve("both.xlsx"), Workbooks.xlsx(organizations, links));

        assertThatThrownBy(() -> XlsxReader.read(file, 5)).hasMessageContaining("more than 5 data rows");
        ImportFile read = XlsxReader.read(file, 6);
        assertThat(read.organizations()).extracting(RawRow::number).containsExactly(2, 3, 4);
        assertThat(read.links()).extracting(r -> r.value("item")).containsExactly("x", "y", "z");
    }

    @Test
    void shouldReadNumbersAsStoredWhateverTheirCellFormatAndFormulasByTheirCachedValue() throws IOException {
        Path file = write(new XSSFWorkbook(), "Supply links", sheet -> {
            CellStyle percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            CellStyle thousands = sheet.getWorkbook().createCellStyle();
            thousands.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0"));
            header(sheet.createRow(0), Workbooks.LINK_HEADER);
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(true);
            first.createCell(1).setCellValue("ERROR:#N/A");
            first.createCell(2).setCellValue(12345);
            first.getCell(2).setCellStyle(thousands);
            first.createCell(4).setCellValue(0.125);
            first.getCell(4).setCellStyle(percent);
            first.createCell(5).setCellFormula("\"HI\"&\"GH\"");
            first.getCell(5).setCellValue("HIGH");
            Row second = sheet.createRow(2);
            second.createCell(2).setCellFormula("\"1.\"&\"50\"");
            second.getCell(2).setCellValue("1.50");
            second.createCell(4).setCellFormula("1/2");
            second.getCell(4).setCellValue(0.5);
        });

        List<RawRow> rows = XlsxReader.read(file, 10).links();

        assertThat(rows.get(0).values()).containsEntry("buyer", "TRUE").containsEntry("supplier", "ERROR:#N/A")
                .containsEntry("item", "12345").containsEntry("item_kind", null).containsEntry("share", "0.125")
                .containsEntry("criticality", "HIGH");
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).values()).containsEntry("item", "1.50").containsEntry("share", "0.5");
    }

    @Test
    void shouldReadInlineStringsFindTheHeaderBelowBlankRowsAndNumberRowsAsExcelShowsThem() throws IOException {
        Path file = write(new SXSSFWorkbook(), "organizations ", sheet -> {
            sheet.createRow(1).createCell(3).setCellValue("   ");
            List<String> header = new ArrayList<>(Workbooks.ORGANIZATION_HEADER);
            header.set(2, "HQ Country");
            header(sheet.createRow(2), header);
            Row row = sheet.createRow(6);
            row.createCell(0).setCellValue("Inline Vendor");
            row.createCell(1).setCellValue("VENDOR");
            row.createCell(3).setCellValue("PRIVATE");
            row.createCell(9).setCellValue("under no header");
        });

        ImportFile read = XlsxReader.read(file, 10);

        assertThat(read.links()).isEmpty();
        RawRow row = read.organizations().get(0);
        assertThat(row.number()).isEqualTo(7);
        assertThat(row.value("name")).isEqualTo("Inline Vendor");
        assertThat(row.value("hq_country")).isNull();
        assertThat(row.value("ownership")).isEqualTo("PRIVATE");
        assertThat(row.values()).doesNotContainValue("under no header");
    }

    private interface SheetFiller {
        void fill(Sheet sheet);
    }

    private Path write(Workbook workbook, String sheetName, SheetFiller filler) throws IOException {
        Path file = dir.resolve(sheetName.trim().replace(' ', '-') + ".xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook.createSheet(sheetName));
            workbook.write(out);
        }
        return file;
    }

    private static void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }
}
