package dev.custody.network.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading uploads without the application: size limit, CSV rules, cached formula values, zip bombs. */
class FileReadingTest {
    @TempDir
    Path dir;

    @Test
    void shouldRefuseAFileOverTheSizeLimitWith413NamingBothSizes() {
        assertThatThrownBy(() -> ImportFileReader.checkSize(6 * 1024 * 1024, 5 * 1024 * 1024))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("6.0 MB").contains("5.0 MB");
                });
        assertThatThrownBy(() -> ImportFileReader.checkSize(0, 100))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.status()).isEqualTo(400));
        ImportFileReader.checkSize(5 * 1024 * 1024, 5 * 1024 * 1024);
    }

    @Test
    void shouldReadACsvOfSupplyLinksWhateverTheHeaderCaseAndOrder() {
        String csv = "\uFEFFShare,Criticality,Item Kind,ITEM,Supplier,Buyer\r\n0.5,HIGH,COMPONENT,\"Chips, DRAM\",B,A\r\n\r\n1,LOW,SERVICE,Freight,C,A\r\n";
        ImportFile file = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8), 10);

        assertThat(file.organizations()).isEmpty();
        assertThat(file.links()).extracting(RawRow::number).containsExactly(2, 4);
        assertThat(file.links().get(0).value("item")).isEqualTo("Chips, DRAM");
        assertThat(file.links().get(1).value("buyer")).isEqualTo("A");
    }

    @Test
    void shouldTakeOffTheQuoteThatTheExportPutBeforeFormulaCharacters() {
        assertThat(CsvReader.unquote("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(CsvReader.unquote("'-dash")).isEqualTo("-dash");
        assertThat(CsvReader.unquote("'quoted'")).isEqualTo("'quoted'");
        assertThat(CsvExporter.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvExporter.cell("\tTabbed")).isEqualTo("'\tTabbed");
        assertThat(CsvExporter.cell("Plain")).isEqualTo("Plain");
        assertThat(CsvExporter.cell(new java.math.BigDecimal("0.6000"))).isEqualTo("0.6");
    }

    @Test
    void shouldRefuseTooManyRowsAndMissingColumns() {
        String csv = "name,kind,hq_country,ownership\nA,VENDOR,US,PRIVATE\nB,VENDOR,US,PRIVATE\nC,VENDOR,US,PRIVATE\n";
        assertThatThrownBy(() -> CsvReader.read(csv.getBytes(StandardCharsets.UTF_8), 2))
                .hasMessageContaining("more than 2 data rows");
        assertThatThrownBy(() -> CsvReader.read("name,hq_country\nA,US\n".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessageContaining("missing required columns kind, ownership");
        assertThatThrownBy(() -> CsvReader.read("name,kind,kind,hq_country,ownership\n".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessageContaining("columns given twice kind");
    }

    @Test
    void shouldReadTheCachedValueOfAFormulaAndNeverEvaluateIt() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("organizations");
            Row header = sheet.createRow(0);
            List<String> columns = ImportTable.ORGANIZATIONS.headers();
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).toUpperCase());
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("=cmd|' /C calc'!A0");
            row.createCell(1).setCellValue("VENDOR");
            Cell country = row.createCell(2);
            country.setCellFormula("\"X\"&\"Y\"");
            country.setCellValue("TW");
            row.createCell(3).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Path file = Files.write(dir.resolve("formula.xlsx"), bytes);

        ImportFile read = XlsxReader.read(file, 10);

        RawRow row = read.organizations().get(0);
        assertThat(row.number()).isEqualTo(3);
        assertThat(row.value("name")).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(row.value("hq_country")).isEqualTo("TW");
        assertThat(row.problems()).containsEntry("ownership", "holds the spreadsheet error #N/A");
        assertThat(read.links()).isEmpty();
    }

    @Test
    void shouldRefuseAZipBomb() throws IOException {
        Path bomb = Files.write(dir.resolve("bomb.xlsx"), Zips.bomb());
        assertThat(Files.size(bomb)).isLessThan(200_000);

        assertThatThrownBy(() -> XlsxReader.read(bomb, 10)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void shouldRefuseZipFilesThatAreNotWorkbooksWithTheSameClearMessage() throws IOException {
        Path zip = dir.resolve("plain.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path document = dir.resolve("letter.xlsx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = Files.newOutputStream(document)) {
            word.createParagraph().createRun().setText("Dear vendor");
            word.write(out);
        }

        for (Path file : List.of(zip, document)) {
            assertThatThrownBy(() -> XlsxReader.read(file, 10)).isInstanceOf(ImportFileException.class)
                    .hasMessageContaining("not an Excel .xlsx workbook");
        }
    }

    @Test
    void shouldRefuseAWorkbookWithoutEitherSheet() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            workbook.createSheet("Vendors").createRow(0).createCell(0).setCellValue("name");
            workbook.write(out);
        }

        assertThatThrownBy(() -> XlsxReader.read(file, 10)).hasMessageContaining("neither an \"Organizations\" nor a \"Supply links\"");
    }
}
