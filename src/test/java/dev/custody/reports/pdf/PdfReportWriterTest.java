package dev.custody.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ReportKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The executive PDF read back with pdftotext: headings, the record's numbers, page numbers, fonts, determinism. */
class PdfReportWriterTest {
    static final String NAME = "Шэньчжэнь 深圳 Électronique Ærø";
    static ExecutiveReportData data;
    static String text;
    static String layout;
    static PdfReportWriter writer;

    @BeforeAll
    static void render() throws Exception {
        writer = new PdfReportWriter();
        writer.renderer = new PdfRenderer();
        data = ReportSamples.executive(NAME, "Alleged implant in line cards");
        byte[] pdf = writer.write(ReportKind.EXECUTIVE, data);
        text = PdfText.of(pdf);
        layout = PdfText.layout(pdf);
    }

    @Test
    void shouldShowEverySectionHeading() {
        for (PdfReportWriter.TocEntry entry : PdfReportWriter.EXECUTIVE_TOC) {
            assertThat(text).contains(entry.title());
        }
        assertThat(text).contains("Executive risk report", "Decisions that need an executive", "Loss-exceedance curve");
    }

    @Test
    void shouldShowTheMoneyAtRiskOfTheRecord() {
        PdfFormats f = new PdfFormats();
        assertThat(text).contains(f.money(data.summary().totalAle()), f.money(data.summary().p99()),
                f.money(data.summary().p95()), f.signedMoney(data.summary().change().totalAleDelta()),
                f.money(data.plan().annualCost()), f.money(data.plan().gordonLoebBound()),
                f.percent(data.geography().subTierHighRiskShare()), f.ratio(data.plan().rosi()));
        data.summary().decisions().forEach(d -> assertThat(text).contains(d.title()));
        data.topVendors().forEach(v -> assertThat(text).contains(v.name()));
    }

    @Test
    void shouldRenderANameInCyrillicChineseAndAccents() {
        assertThat(text).contains(NAME);
    }

    @Test
    void shouldMarkDisputedIncidents() {
        assertThat(text).contains("Alleged implant in line cards").contains("Disputed · DISPUTED");
    }

    @Test
    void shouldNumberThePagesAndListThemInTheContents() {
        int pages = PdfText.pages(layout);
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Page 2 of " + pages, "Page " + pages + " of " + pages);
        String[] byPage = layout.split("\f");
        for (PdfReportWriter.TocEntry entry : PdfReportWriter.EXECUTIVE_TOC) {
            Matcher line = Pattern.compile(Pattern.quote(entry.title()) + "\\s+(\\d+)").matcher(byPage[0]);
            assertThat(line.find()).as(entry.title() + " in the contents").isTrue();
            int page = Integer.parseInt(line.group(1));
            assertThat(byPage[page - 1]).as(entry.title() + " on page " + page).contains(entry.title());
        }
    }

    @Test
    void shouldCarryTheConfidentialityFooterOnEveryPage() {
        String[] byPage = layout.split("\f");
        for (String page : byPage) {
            assertThat(page).contains("Confidential");
        }
    }

    @Test
    void shouldGiveTheSameTextForTheSameData() throws Exception {
        assertThat(PdfText.of(writer.write(ReportKind.EXECUTIVE, data))).isEqualTo(text);
    }
}
