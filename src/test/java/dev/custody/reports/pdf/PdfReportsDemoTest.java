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
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
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
        if (data.scores() != null) {
            assertThat(text).contains(f.score(data.scores().inherited()));
        }
        if (data.economics() != null) {
            assertThat(text).contains(f.money(data.economics().ale()));
        }
        data.sites().forEach(s -> assertThat(text).contains(s.name()));
        assertThat(PdfText.pages(PdfText.layout(pdf))).isGreaterThan(1);
    }
}
