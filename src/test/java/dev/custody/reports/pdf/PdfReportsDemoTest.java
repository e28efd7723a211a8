package dev.custody.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custody.network.Organization;
import dev.custody.network.OrganizationKind;
import dev.custody.reports.DossierCollector;
import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ReportDataCollector;
import dev.custody.reports.ReportKind;
import dev.custody.reports.ReportWriter;
import dev.custody.reports.VendorDossierData;
import dev.custody.reports.excel.DossierWorkbook;
import dev.custody.reports.excel.ExecutiveWorkbook;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Both PDFs of the demo portfolio, through the writer CDI finds, read back with pdftotext. */
@QuarkusTest
class PdfReportsDemoTest {
    static final Instant AT = Instant.parse("2026-06-01T03:00:00Z");

    @Inject
    Instance<ReportWriter> writers;
    @Inject
    ReportDataCollector collector;
    @Inject
    DossierCollector dossiers;
    @Inject
    ObjectMapper mapper;

    private ReportWriter pdf() {
        return writers.stream().filter(w -> w.format().equals("pdf")).findFirst().orElseThrow();
    }

    @Test
    void shouldRenderTheExecutiveReportOfTheDemoPortfolioAndTheSameAgainFromItsStoredData() throws Exception {
        ReportWriter writer = pdf();
        assertThat(writer.supports(ReportKind.EXECUTIVE)).isTrue();
        ExecutiveReportData data = collector.executive("tester", AT, null);
        String text = PdfText.of(writer.write(ReportKind.EXECUTIVE, data));
        PdfFormats f = new PdfFormats();
        assertThat(text).contains("Where the money at risk is", f.money(data.summary().totalAle()),
                f.money(data.summary().p99()), f.money(data.plan().annualCost()), "first report");
        data.topVendors().forEach(v -> assertThat(text).contains(v.name()));
        assertThat(text).as("the standing section names the barred demo vendor").contains("Where vendors stand");
        assertThat(data.standings().vendors()).anySatisfy(v -> {
            assertThat(v.standing()).isEqualTo("BARRED");
            assertThat(text).contains(v.vendorName(), v.label());
        });
        // each top vendor's score range in words (pdftotext may break a sentence across lines)
        String flowing = text.replaceAll("\\s+", " ");
        assertThat(data.topVendors()).isNotEmpty();
        data.topVendors().forEach(v -> assertThat(flowing).contains(v.rangeText()));
        assertThat(data.topVendors().get(0).rangeText()).startsWith("Inherited ").contains("insider-threat weight assessed");
        // and the workbook's vendor sheet with the range's ends and the share assessed
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExecutiveWorkbook.write(data)))) {
            Sheet vendors = book.getSheet("Vendors");
            List<String> header = new ArrayList<>();
            vendors.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("Inherited score, low", "Inherited score, high", "Insider weight assessed");
            ExecutiveReportData.VendorLine line = data.vendors().get(0);
            Row first = vendors.getRow(1);
            assertThat(first.getCell(header.indexOf("Inherited score, low")).getNumericCellValue())
                    .isEqualTo(line.range().low()).isLessThanOrEqualTo(line.inherited());
            assertThat(first.getCell(header.indexOf("Inherited score, high")).getNumericCellValue())
                    .isEqualTo(line.range().high()).isGreaterThanOrEqualTo(line.inherited());
        }

        ExecutiveReportData stored = mapper.readValue(mapper.writeValueAsString(data), ExecutiveReportData.class);
        assertThat(PdfText.of(writer.write(ReportKind.EXECUTIVE, stored))).isEqualTo(text);
    }

    @Test
    void shouldRenderAVendorDossier() throws Exception {
        Organization vendor = Organization.find("kind", OrganizationKind.VENDOR).firstResult();
        VendorDossierData data = dossiers.vendor(vendor.id, "tester", AT);
        byte[] pdf = pdf().write(ReportKind.VENDOR, data);
        String text = PdfText.of(pdf);
        PdfFormats f = new PdfFormats();
        assertThat(text).contains(vendor.name, "Score and what drives it", "Sites, suppliers and custody",
                "Economics and safeguards", "Appendix: model parameters");
        assertThat(data.scores()).isNotNull();
        assertThat(text).contains(f.score(data.scores().inherited()));
        // the range in words, and the share of the insider weight assessed, in the PDF and the workbook
        assertThat(text.replaceAll("\\s+", " ")).contains(data.scores().rangeText(),
                "Share of its insider-threat weight assessed");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(DossierWorkbook.write(data)))) {
            Map<String, String> fields = new HashMap<>();
            book.getSheet("Vendor").forEach(r -> {
                if (r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING) {
                    fields.put(r.getCell(0).getStringCellValue(), r.getCell(1).getStringCellValue());
                }
            });
            assertThat(fields).containsEntry("Score in words", data.scores().rangeText())
                    .containsEntry("Inherited score range", data.scores().inheritedRange().span());
        }
        if (data.economics() != null) {
            assertThat(text).contains(f.money(data.economics().ale()));
        }
        data.sites().forEach(s -> assertThat(text).contains(s.name()));
        assertThat(PdfText.pages(PdfText.layout(pdf))).isGreaterThan(1);
    }
}
