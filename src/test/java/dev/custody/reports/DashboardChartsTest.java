package dev.custody.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.reports.DashboardCharts.Bar;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.CurvePoint;
import dev.custody.reports.ExecutiveReportData.Summary;
import dev.custody.scoring.Band;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's charts: bar heights in proportion to the counts, the curve scaled to the chart. */
class DashboardChartsTest {

    /*
     * Chart 480 x 180, four bands: each slot 480 / 4 = 120 wide, a bar 120 - 20 = 100 wide starting 10 into its slot.
     * The tallest count (4) gets the full height less 20 for the labels: 160; a count of 1 gets 160 x 1/4 = 40,
     * 2 -> 80, 0 -> 0. A bar stands on the bottom: y = 180 - height.
     * Curve: the largest loss (2,000) is the full width; P = 1 at the top (y 0), P = 0 at the bottom (y 180):
     *   (0, 1.0) -> 0.0,0.0   (500, 0.5) -> 120.0,90.0   (2,000, 0.1) -> 480.0,162.0
     */
    @Test
    void shouldDrawBarsInProportionAndTheCurveToScale() {
        DashboardCharts charts = DashboardCharts.of(data(List.of(new BandCount(Band.LOW, 1),
                new BandCount(Band.MEDIUM, 4), new BandCount(Band.HIGH, 2), new BandCount(Band.CRITICAL, 0)),
                List.of(new CurvePoint(0, 1.0), new CurvePoint(500, 0.5), new CurvePoint(2000, 0.1))));
        assertThat(charts.bars()).containsExactly(new Bar("LOW", 1, 10, 140, 100, 40),
                new Bar("MEDIUM", 4, 130, 20, 100, 160), new Bar("HIGH", 2, 250, 100, 100, 80),
                new Bar("CRITICAL", 0, 370, 180, 100, 0));
        assertThat(charts.maxLoss()).isEqualTo(2000.0);
        assertThat(charts.curve()).isEqualTo("0.0,0.0 120.0,90.0 480.0,162.0");
    }

    @Test
    void shouldDrawNothingTallForAnEmptyPortfolio() {
        DashboardCharts charts = DashboardCharts.of(data(List.of(new BandCount(Band.LOW, 0),
                new BandCount(Band.MEDIUM, 0), new BandCount(Band.HIGH, 0), new BandCount(Band.CRITICAL, 0)),
                List.of()));
        assertThat(charts.bars()).extracting(Bar::height).containsOnly(0.0);
        assertThat(charts.curve()).isEmpty();
        assertThat(charts.maxLoss()).isZero();
    }

    private static ExecutiveReportData data(List<BandCount> bands, List<CurvePoint> curve) {
        Summary summary = new Summary(0, 0, 0, bands.stream().mapToInt(BandCount::count).sum(), bands, 0, null,
                List.of());
        return new ExecutiveReportData(Instant.parse("2026-06-01T00:00:00Z"), "test", "EUR", null, summary, List.of(),
                List.of(), null, List.of(), null, null, List.of(), List.of(), List.of(), List.of(), curve);
    }
}
