package dev.custody.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfFormatsTest {
    private final PdfFormats f = new PdfFormats();

    @Test
    void shouldKeepCentsAndRoundHalfUpAsSpreadsheetsDo() {
        assertThat(f.money(1234567.891)).isEqualTo("1,234,567.89");
        assertThat(f.money((Double) null)).isEqualTo("–");
        assertThat(f.score(70.25)).isEqualTo("70.3");
        assertThat(f.signedMoney(-56.1)).isEqualTo("−56.10");
        assertThat(f.signedMoney(12)).isEqualTo("+12.00");
        assertThat(f.percent(0.37037)).isEqualTo("37.0 %");
    }

    @Test
    void shouldWriteCodesAsWords() {
        assertThat(f.words("REVIEW_VENDOR")).isEqualTo("Review vendor");
        assertThat(f.band(dev.custody.scoring.Band.CRITICAL)).isEqualTo("Critical");
        assertThat(f.bandClassOf(new dev.custody.reports.ExecutiveReportData.BandCount(dev.custody.scoring.Band.HIGH, 1)))
                .isEqualTo("band-high");
    }
}
