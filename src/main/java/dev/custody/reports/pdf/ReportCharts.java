package dev.custody.reports.pdf;

import dev.custody.economics.ExceedancePoint;
import dev.custody.economics.LossDistribution;
import dev.custody.economics.pages.EconomicsFormats;
import dev.custody.economics.pages.ExceedanceChart;
import dev.custody.reports.ExecutiveReportData;
import dev.custody.reports.ExecutiveReportData.BandCount;
import dev.custody.reports.ExecutiveReportData.CountryExposure;
import dev.custody.reports.ExecutiveReportData.CurvePoint;
import dev.custody.reports.ExecutiveReportData.TrendPoint;
import dev.custody.reports.VendorDossierData.ScorePoint;
import dev.custody.scoring.Band;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The charts of the PDF reports, computed from the snapshot records (the templates only draw them). */
final class ReportCharts {
    /** Band colours as on the pages: green, amber, orange, red. */
    static final Map<Band, String> BAND_COLOURS = Map.of(Band.LOW, "#2f8f55", Band.MEDIUM, "#d4a017",
            Band.HIGH, "#e0761f", Band.CRITICAL, "#b42318");
    static final String HIGH_RISK = "#b42318";
    static final String OTHER = "#5b7bb2";
    static final int GEOGRAPHY_BARS = 10;

    private ReportCharts() {
    }

    /** Vendors per band, LOW to CRITICAL. */
    static BarChart bands(List<BandCount> byBand, PdfFormats f) {
        return BarChart.of(byBand.stream().sorted(Comparator.comparing(BandCount::band))
                .map(b -> new BarChart.Item(f.band(b.band()), b.count(), Integer.toString(b.count()),
                        BAND_COLOURS.get(b.band())))
                .toList());
    }

    /** Critical spend passing through each country at tier 2 and below, the most exposed countries first. */
    static BarChart geography(List<CountryExposure> countries, PdfFormats f) {
        return BarChart.of(countries.stream().filter(c -> c.criticalSpendThrough() > 0).limit(GEOGRAPHY_BARS)
                .map(c -> new BarChart.Item(c.name() + " (" + c.iso2() + ")", c.criticalSpendThrough(),
                        f.wholeMoney(c.criticalSpendThrough()), c.highRisk() ? HIGH_RISK : OTHER))
                .toList());
    }

    /** Mean inherited score of the vendors at each snapshot, oldest first. */
    static LineChart trend(List<TrendPoint> trend, PdfFormats f) {
        return LineChart.of(trend.stream().map(p -> new LineChart.Item(f.date(p.at()), p.meanInherited())).toList(),
                f::score);
    }

    /** A vendor's inherited score over time, oldest first. */
    static LineChart vendorTrend(List<ScorePoint> trend, PdfFormats f) {
        return LineChart.of(trend.stream().map(p -> new LineChart.Item(f.date(p.at()), p.inherited())).toList(),
                f::score);
    }

    /** The portfolio's loss-exceedance curve, drawn like the economics pages draw it (log loss axis). */
    static ExceedanceChart lossExceedance(ExecutiveReportData data) {
        List<ExceedancePoint> curve = data.lossExceedance().stream()
                .map((CurvePoint p) -> new ExceedancePoint(p.loss(), p.probability())).toList();
        return exceedance(new LossDistribution(0, 0, 0, data.summary().p99(), 0, curve));
    }

    /** A loss distribution's exceedance curve alone (the after-plan line stays empty). */
    static ExceedanceChart exceedance(LossDistribution distribution) {
        return ExceedanceChart.of(distribution, new LossDistribution(0, 0, 0, 0, 0, List.of()), new EconomicsFormats());
    }
}
